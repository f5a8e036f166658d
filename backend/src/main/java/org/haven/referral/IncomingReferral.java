package org.haven.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.casefile.DraftId;
import org.jspecify.annotations.Nullable;

/**
 * A referral received, as the caseworker who received it lists it: from whom, when, why,
 * for which service, by when to answer, which fields it carries (names, not values), and
 * where it stands; the package is read apart (HTCDS {@code cas_ReferringOrganisation},
 * {@code cas_IncomingReferralDate}, {@code cas_ReasonForIncomingReferral}).
 */
public record IncomingReferral(UUID id, IncomingSource source, String referringOrganisation, LocalDate referredOn,
		ReferralReason reason, @Nullable String serviceType, @Nullable Urgency urgency, @Nullable LocalDate respondBy,
		List<String> fields, IncomingStatus status, @Nullable DraftId draft, long version) {

}
