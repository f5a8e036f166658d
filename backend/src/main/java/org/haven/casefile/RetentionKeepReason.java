package org.haven.casefile;

/**
 * Why a supervisor keeps a case past its retention period instead of erasing the person.
 * Coded, never free text, so that the reason itself can reveal nothing.
 */
public enum RetentionKeepReason {

	LEGAL_PROCEEDINGS, PERSON_ASKED_TO_KEEP, SAFEGUARDING_CONCERN, AUDIT_OR_INSPECTION

}
