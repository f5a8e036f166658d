package org.haven.assistance;

/**
 * When a contact with the person took place: while the case is open, or after it closed.
 */
public enum ContactKind {

	/** A follow-up contact of an open case, planned by its follow-up task or not. */
	FOLLOW_UP,

	/** An after-care check of a case closed with reintegration, answering its task. */
	AFTER_CARE_CHECK

}
