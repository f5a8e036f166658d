package org.haven.referral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerLookup;
import org.haven.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals of some cases, by the type of organisation referred to and their status
 * only, for the anonymised reports supervisors read. No partner's name, no package, no
 * reason text leaves here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class ReferralStatistics {

	private final ReferralEntries referrals;

	private final PartnerLookup partners;

	ReferralStatistics(ReferralEntries referrals, PartnerLookup partners) {
		this.referrals = referrals;
		this.partners = partners;
	}

	/**
	 * The referrals made on these cases that were sent, or last answered, from
	 * {@code from} to {@code to}, both days included, drafts left out, each by case,
	 * partner type, status.
	 */
	public List<ReferralFact> referralsOf(Collection<UUID> cases, LocalDate from, LocalDate to) {
		if (cases.isEmpty()) {
			return List.of();
		}
		Map<UUID, Optional<OrganisationType>> types = new HashMap<>();
		return this.referrals.findOfCasesDatedBetween(cases, from, to)
			.stream()
			.filter(referral -> referral.status() != ReferralStatus.DRAFT)
			.map(referral -> new ReferralFact(referral.caseId(),
					types.computeIfAbsent(referral.partnerId(), id -> this.partners.find(id).map(Partner::type))
						.orElse(null),
					referral.status()))
			.toList();
	}

	/**
	 * A referral as statistics may count it: its case, the type of the partner (none
	 * where the directory no longer has it), its status.
	 */
	public record ReferralFact(UUID caseId, @Nullable OrganisationType partnerType, ReferralStatus status) {
	}

}
