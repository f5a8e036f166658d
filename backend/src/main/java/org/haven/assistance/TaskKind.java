package org.haven.assistance;

/** Why a task exists: raised by hand, or by a policy. */
public enum TaskKind {

	/** A caseworker wrote it down. */
	BY_HAND,

	/** The case's next follow-up date. */
	FOLLOW_UP,

	/** The person withdrew consent: see what the withdrawal stops. */
	CONSENT_WITHDRAWN,

	/** A service of the care plan is past its due date and still to come. */
	SERVICE_OVERDUE,

	/**
	 * An after-care check, months after a case closed with reintegration, without
	 * reopening it.
	 */
	AFTER_CARE_CHECK,

	/**
	 * Consent for a purpose ends within 30 days: renew it with the person, or plan the
	 * work without it.
	 */
	CONSENT_ENDING,

	/** A referral got no answer by its deadline: call the partner, or refer elsewhere. */
	REFERRAL_UNANSWERED,

	/**
	 * Consent to share with a partner was withdrawn or ended: the open referral to it is
	 * revoked; tell the partner.
	 */
	REFERRAL_REVOKED

}
