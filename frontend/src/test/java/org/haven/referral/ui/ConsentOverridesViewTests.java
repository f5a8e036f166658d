package org.haven.referral.ui;

import java.util.UUID;

import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.partner.Partner;
import org.haven.referral.NewReferral;
import org.haven.referral.OverriddenReferral;
import org.haven.referral.OverrideReason;
import org.haven.referral.PackageChoice;
import org.haven.referral.Referral;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.ReferralFixtures.ReferrableCase;
import org.haven.referral.ReferralReason;
import org.haven.referral.Referrals;
import org.haven.referral.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supervisors' list of consent overrides: each override with the case code, the
 * partner, the coded reason, who and when, newest first, a page at a time; nothing of the
 * person nor of the package.
 */
class ConsentOverridesViewTests extends ViewTest {

	@Autowired
	ReferralFixtures fixtures;

	@Autowired
	Referrals referrals;

	@Test
	void a_supervisor_sees_the_newest_override_first_by_case_code_with_partner_reason_who_and_when() {
		ReferrableCase referrable = this.fixtures.referrableCase("Overlist", "Canaryoverride");
		Partner shelter = this.fixtures
			.shelterWithAgreement("Overrides Shelter " + UUID.randomUUID().toString().substring(0, 6));
		Referral draft = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.referrals.draft(referrable.code(), referrable.service(), new NewReferral(shelter.id(),
						ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.EMERGENCY, PackageChoice.NOTHING)));
		TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.referrals.overrideConsent(referrable.code(), draft.id(), OverrideReason.CHILD_PROTECTION));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);

		ConsentOverridesView view = (ConsentOverridesView) open("supervision/consent-overrides");

		var grid = test(view.grid);
		OverriddenReferral newest = grid.getRow(0);
		assertThat(newest.id()).isEqualTo(draft.id());
		assertThat(grid.getCellText(0, grid.getColumnPosition("code"))).isEqualTo(referrable.code().value());
		assertThat(grid.getCellText(0, grid.getColumnPosition("partner"))).isEqualTo(shelter.name());
		assertThat(grid.getCellText(0, grid.getColumnPosition("reason")))
			.isEqualTo(view.getTranslation("code.override-reason.child-protection"));
		assertThat(grid.getCellText(0, grid.getColumnPosition("supervisor"))).isEqualTo(DemoAccounts.SUPERVISOR);
		assertThat(grid.getCellText(0, grid.getColumnPosition("at"))).isNotEmpty();
		assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("Draft");
		assertThat(view.getElement().getTextRecursively()).doesNotContain("Overlist", "Canaryoverride", "+373");
		long listed = TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.referrals.overrides(PageRequest.ofSize(1)).getTotalElements());
		assertThat(grid.size()).isEqualTo((int) listed);
	}

	@Test
	void the_list_comes_a_page_at_a_time_and_only_to_supervisors() {
		for (int override = 0; override < 3; override++) {
			ReferrableCase referrable = this.fixtures.referrableCase("Paged", "Override");
			Partner shelter = this.fixtures
				.shelterWithAgreement("Paged Shelter " + UUID.randomUUID().toString().substring(0, 6));
			Referral draft = TestSecurity
				.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.referrals.draft(referrable.code(),
						referrable.service(),
						new NewReferral(shelter.id(), ReferralReason.OTHER, Urgency.ROUTINE, PackageChoice.NOTHING)));
			TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR, () -> this.referrals
				.overrideConsent(referrable.code(), draft.id(), OverrideReason.VITAL_INTERESTS));
		}

		var first = TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.referrals.overrides(PageRequest.of(0, 2)));
		var second = TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.referrals.overrides(PageRequest.of(1, 2)));

		assertThat(first.getContent()).hasSize(2);
		assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(3);
		assertThat(second.getContent()).isNotEmpty().doesNotContainAnyElementsOf(first.getContent());
		assertThat(first.getContent().get(0).override().at())
			.isAfterOrEqualTo(first.getContent().get(1).override().at())
			.isAfterOrEqualTo(second.getContent().get(0).override().at());
		assertThatThrownBy(() -> TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.referrals.overrides(PageRequest.ofSize(5))))
			.isInstanceOf(AccessDeniedException.class);
	}

}
