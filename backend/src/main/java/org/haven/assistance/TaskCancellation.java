package org.haven.assistance;

/** Why a task was cancelled. */
public enum TaskCancellation {

	/** The caseworker found it no longer needed. */
	NO_LONGER_NEEDED,

	/** A new follow-up date replaced it. */
	RESCHEDULED,

	/** The person withdrew the consent it relied on. */
	CONSENT_WITHDRAWN,

	/** The case was closed. */
	CASE_CLOSED,

	/** A new version of the consent it reminded of was recorded. */
	CONSENT_RENEWED

}
