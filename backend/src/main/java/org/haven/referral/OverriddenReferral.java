package org.haven.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.jspecify.annotations.Nullable;

/**
 * A referral that a supervisor let go without the person's consent, as every supervisor
 * sees it in the list of overrides: the case by its code, the partner, where the referral
 * stands, and who overrode, why (a code) and when; never what the package carries.
 */
public record OverriddenReferral(UUID id, CaseCode code, String partnerName, ReferralStatus status,
		@Nullable LocalDate sentOn, ConsentOverride override) {

}
