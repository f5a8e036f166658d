package org.haven.referral.ui;

import org.haven.assistance.CarePlans;
import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.haven.partner.PartnerDirectory;
import org.haven.reference.ReferenceData;
import org.haven.referral.ReferralExchange;
import org.haven.referral.Referrals;
import org.springframework.stereotype.Component;

/**
 * Puts the case's referrals on the case page, after its care plan and before its tasks.
 */
@Component
class ReferralsSectionSource implements CaseSectionSource {

	private final Referrals referrals;

	private final ReferralExchange exchange;

	private final CarePlans plans;

	private final PartnerDirectory directory;

	private final ReferenceData reference;

	ReferralsSectionSource(Referrals referrals, ReferralExchange exchange, CarePlans plans, PartnerDirectory directory,
			ReferenceData reference) {
		this.referrals = referrals;
		this.exchange = exchange;
		this.plans = plans;
		this.directory = directory;
		this.reference = reference;
	}

	@Override
	public CaseSection newSection() {
		return new ReferralsSection(this.referrals, this.exchange, this.plans, this.directory, this.reference);
	}

	@Override
	public int getOrder() {
		return 170;
	}

}
