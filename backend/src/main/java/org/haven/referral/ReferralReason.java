package org.haven.referral;

/** Why the person is referred (HTCDS {@code cas_ReasonForOutgoingReferral}). */
public enum ReferralReason {

	ADDITIONAL_SERVICES_REQUIRED, MIGRATION_OR_CHANGE_OF_LOCATION, OTHER

}
