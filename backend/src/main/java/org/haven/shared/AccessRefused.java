package org.haven.shared;

/**
 * Someone was refused something: a screen, an address, an action. Published so that the
 * audit trail records it, apart from the refused work (which rolls back); names what was
 * refused by route or action and the record by its pseudonymous id, never by content.
 */
public record AccessRefused(String what, PseudonymousId subject) implements SecurityEvent {

	public AccessRefused(String what) {
		this(what, null);
	}

}
