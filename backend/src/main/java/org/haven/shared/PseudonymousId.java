package org.haven.shared;

/**
 * How something about a person is named where identity must not appear: audit events,
 * URLs, logs. Random codes such as a person code or a case code.
 */
public interface PseudonymousId {

	/** What kind of record it names: PERSON, CASE, ACCOUNT. */
	String type();

	String value();

	/** A record named by its type and id, such as an account by its id. */
	static PseudonymousId of(String type, String value) {
		record Named(String type, String value) implements PseudonymousId {
		}
		return new Named(type, value);
	}

}
