package org.haven.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.jspecify.annotations.Nullable;

/**
 * A referral as a supervisor sees it: the case code, the partner, the status and its
 * dates, and any override of consent; never what the package carries.
 */
public record ReferralStanding(UUID id, CaseCode code, String serviceType, String partnerName, Urgency urgency,
		ReferralStatus status, @Nullable LocalDate sentOn, @Nullable LocalDate respondBy,
		@Nullable OverrideReason overrideReason) {

}
