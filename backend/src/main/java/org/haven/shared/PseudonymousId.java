package org.haven.shared;

/**
 * How something about a person is named where identity must not appear: audit events,
 * URLs, logs. Random codes such as a person code or a case code.
 */
public interface PseudonymousId {

	/** What kind of record it names: PERSON, CASE, ACCOUNT. */
	String type();

	String value();

}
