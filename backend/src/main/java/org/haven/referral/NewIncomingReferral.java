package org.haven.referral;

import java.time.LocalDate;

import org.haven.partner.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * A referral received by phone or on paper, as the caseworker records it: who referred
 * and what kind of organisation it is (when known), when, why.
 */
public record NewIncomingReferral(@Nullable String referringOrganisation, @Nullable OrganisationType referringType,
		@Nullable LocalDate referredOn, @Nullable ReferralReason reason) {

	/** A referral whose referring organisation's kind was not asked. */
	public NewIncomingReferral(@Nullable String referringOrganisation, @Nullable LocalDate referredOn,
			@Nullable ReferralReason reason) {
		this(referringOrganisation, null, referredOn, reason);
	}

}
