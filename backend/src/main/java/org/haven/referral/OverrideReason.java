package org.haven.referral;

/**
 * Why a supervisor let a referral go without the person's consent to share with that
 * partner. A code, so that supervisors and auditors see it without free text.
 */
public enum OverrideReason {

	/** The person's life or safety is in immediate danger and they cannot be asked. */
	VITAL_INTERESTS,

	/** A child's protection requires the referral (best interests of the child). */
	CHILD_PROTECTION,

	/** The law obliges the organisation to refer. */
	LEGAL_OBLIGATION

}
