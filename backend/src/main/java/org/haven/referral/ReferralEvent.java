package org.haven.referral;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * What happened to a case's referrals, one past-tense record per fact, published inside
 * the fact's transaction. Names the case by its code and the partner by its id, never a
 * value of the package.
 */
public sealed interface ReferralEvent
		permits ReferralsRead, ReferralDrafted, ReferralPreviewed, ReferralSent, ReferralAnswered, ReferralWithdrawn,
		ReferralRevoked, ReferralExpired, ConsentOverridden, ReferralFormPrinted, ReferralFileMade {

	CaseCode code();

	/** What the audit trail names as touched. */
	default List<String> parts() {
		return List.of("referral");
	}

}
