package org.haven.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as the case's caseworkers see it: to whom, for which service line, what
 * travels (field names, not values), where it stands and by when the partner should
 * answer; the package itself is read apart.
 */
public record Referral(UUID id, UUID service, String serviceType, UUID partner, String partnerName,
		ReferralReason reason, Urgency urgency, PackageChoice choice, ReferralStatus status,
		@Nullable AnswerReason statusReason, @Nullable LocalDate statusOn, @Nullable LocalDate sentOn,
		@Nullable LocalDate respondBy, @Nullable String packageHash, @Nullable ConsentOverride override, long version) {

}
