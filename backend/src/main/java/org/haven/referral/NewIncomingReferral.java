package org.haven.referral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A referral received by phone or on paper, as the caseworker records it. */
public record NewIncomingReferral(@Nullable String referringOrganisation, @Nullable LocalDate referredOn,
		@Nullable ReferralReason reason) {

}
