package org.haven.person;

/**
 * Why a person's identity was erased. Coded, so that the reason itself can reveal
 * nothing.
 */
public enum ErasureReason {

	PERSON_ASKED, NO_LONGER_NEEDED, RECORDED_IN_ERROR, DUPLICATE_RECORD, LEGAL_OBLIGATION

}
