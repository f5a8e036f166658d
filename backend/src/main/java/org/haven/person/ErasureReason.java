package org.haven.person;

/**
 * Why a person's identity was erased. Coded, so that the reason itself can reveal
 * nothing. {@link #RETENTION_PERIOD_ENDED} is Haven's own: the retention period after the
 * closure of every case of the person passed; no caseworker gives it.
 */
public enum ErasureReason {

	PERSON_ASKED, NO_LONGER_NEEDED, RECORDED_IN_ERROR, DUPLICATE_RECORD, LEGAL_OBLIGATION, RETENTION_PERIOD_ENDED;

	/** Whether a caseworker may give this reason when they ask for an erasure. */
	public boolean givenByCaseworkers() {
		return this != RETENTION_PERIOD_ENDED;
	}

}
