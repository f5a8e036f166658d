package org.haven.referral.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.TestIntakes;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.referral.IncomingReferral;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.NewIncomingReferral;
import org.haven.referral.Referral;
import org.haven.referral.ReferralExchange;
import org.haven.referral.ReferralFixtures;
import org.haven.referral.ReferralFixtures.ReferrableCase;
import org.haven.referral.ReferralReason;
import org.haven.referral.ReferralStatus;
import org.haven.referral.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * Referrals on screen: the dialog that previews the package exactly as the partner will
 * receive it and sends it; the refusal without consent, in words; the supervisor's
 * override; the referrals received, imported from a file and accepted into an intake.
 */
class ReferralScreensTests extends ViewTest {

	@Autowired
	ReferralFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralExchange exchange;

	@Autowired
	IncomingReferrals incoming;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	IntakeService intake;

	@Autowired
	ReferralsSupervisedPart supervisedPart;

	@Test
	void a_caseworker_chooses_what_travels_sees_it_exactly_as_the_partner_will_and_sends_it() {
		Partner shelter = this.fixtures
			.shelterWithAgreement("Harbour House " + UUID.randomUUID().toString().substring(0, 6));
		ReferrableCase referrable = this.fixtures.referrableCase("Aurelia", "Canaryscreen");
		this.fixtures.consentToShareWith(referrable.code(), shelter);
		openTheCase(referrable.code());

		test(byId(Button.class, "new-referral")).click();
		roundTrip();
		select("referral-service").setValue(select("referral-service").getListDataView().getItem(0));
		test(select("referral-partner")).selectItem(shelter.name());
		test(select("referral-reason")).selectItem("Additional services required");
		test(select("referral-urgency")).selectItem("Priority (answer within 3 days)");
		test(byId(Checkbox.class, "referral-profile")).click();
		identity().setValue(Set.of("givenNames"));
		test(find(Button.class).withId("preview-referral").single()).click();

		String preview = byId(Div.class, "referral-preview").getElement().getTextRecursively();
		assertThat(preview)
			.contains("Exactly what the partner will receive", "Given names: Aurelia", "Gender: FEMININE")
			.doesNotContain("Canaryscreen", "+373");
		test(find(Button.class).withId("send-referral").single()).click();

		Grid<Referral> grid = byId(Grid.class, "referrals");
		assertThat(test(grid).getCellText(0, 0)).isEqualTo(shelter.name());
		assertThat(test(grid).getCellText(0, 2)).isEqualTo("Sent");
		assertThat(actions(grid).getChildren())
			.anyMatch(child -> child instanceof Anchor && child.getId().orElse("").startsWith("print-referral-"));
	}

	@Test
	void without_consent_the_sending_is_refused_in_words_and_the_referral_stays_a_draft() {
		Partner shelter = this.fixtures
			.shelterWithAgreement("Lighthouse " + UUID.randomUUID().toString().substring(0, 6));
		ReferrableCase referrable = this.fixtures.referrableCase("Nadia", "Grosu");
		openTheCase(referrable.code());

		test(byId(Button.class, "new-referral")).click();
		roundTrip();
		select("referral-service").setValue(select("referral-service").getListDataView().getItem(0));
		test(select("referral-partner")).selectItem(shelter.name());
		test(select("referral-reason")).selectItem("Other");
		test(select("referral-urgency")).selectItem("Routine (answer within 10 days)");
		test(find(Button.class).withId("preview-referral").single()).click();
		test(find(Button.class).withId("send-referral").single()).click();

		assertThat(lastNotification()).contains("consent");
		assertThat(asCarol(() -> this.referrals.referrals(referrable.code()))).singleElement()
			.satisfies(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT));
	}

	@Test
	void a_supervisor_lets_a_waiting_draft_go_for_a_coded_reason_and_the_caseworker_sees_it() {
		ReferrableCase referrable = this.fixtures.referrableCase("Vlada", "Ceban");
		Partner shelter = this.fixtures
			.shelterWithAgreement("Override Shelter " + UUID.randomUUID().toString().substring(0, 6));
		Referral draft = asCarol(() -> this.referrals.draft(referrable.code(), referrable.service(),
				new org.haven.referral.NewReferral(shelter.id(),
						org.haven.referral.ReferralReason.ADDITIONAL_SERVICES_REQUIRED,
						org.haven.referral.Urgency.EMERGENCY, org.haven.referral.PackageChoice.NOTHING)));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("supervision/cases");

		var part = this.supervisedPart.newPart(this.supervision.overview(referrable.code()));
		getCurrentView().getElement().appendChild(part.getElement());
		assertThat(part.getElement().getTextRecursively()).contains("Override Shelter", "Draft")
			.doesNotContain("Vlada");
		select("override-reason-" + draft.id()).setValue(org.haven.referral.OverrideReason.VITAL_INTERESTS);
		test(byId(Button.class, "override-consent-" + draft.id())).click();

		assertThat(asCarol(() -> this.referrals.referrals(referrable.code()))).singleElement()
			.satisfies(referral -> assertThat(referral.override()).isNotNull());
	}

	@Test
	void a_referral_file_is_imported_shown_and_accepted_into_an_intake_and_a_bad_file_is_refused_in_words() {
		CaseCode code = this.cases.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Imported", "Person"));
		Referral sent = this.fixtures.sentToHavenOn(code);
		byte[] file = asCarol(() -> this.exchange.referralFile(code, sent.id()));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		IncomingReferralsView view = (IncomingReferralsView) open("referrals/incoming");

		view.importBytes("not a file".getBytes());
		assertThat(byId(Paragraph.class, "import-problem").getText()).isEqualTo("This is not a Haven referral file.");
		view.importBytes(file);
		view.importBytes(file);
		assertThat(byId(Paragraph.class, "import-problem").getText())
			.isEqualTo("This file was imported before. Nothing was imported again.");

		IncomingReferral received = asCarol(() -> this.incoming.mine()).getFirst();
		test(incomingAction("show-package-" + received.id())).click();
		roundTrip();
		assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("incoming-package-dialog")
			.single()
			.getElement()
			.getTextRecursively()).contains("Case code: " + code.value());
		test(incomingAction("accept-incoming-" + received.id())).click();

		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("IntakeView");
	}

	@Test
	void the_case_a_referral_by_phone_started_says_on_its_page_who_referred_when_and_why() {
		CaseCode code = asCarol(() -> {
			DraftId draft = this.incoming.recordByHand(new NewIncomingReferral("Border police",
					OrganisationType.LAW_ENFORCEMENT, LocalDate.now().minusDays(1), ReferralReason.OTHER));
			long version = this.intake.save(draft, this.intake.open(draft).version(), IntakeStep.REVIEW,
					TestIdentities.named("Phoned", "In"), TestIntakes.withConsent(Profile.notAskedYet()));
			return this.intake.complete(draft, version, null, null, true);
		});

		openTheCase(code);

		Paragraph referredIn = byId(Paragraph.class, "case-referred-in");
		assertThat(referredIn.isVisible()).isTrue();
		assertThat(referredIn.getText()).startsWith("Referred to us by: Law enforcement, on ")
			.endsWith(". Reason: Other.");
	}

	private void openTheCase(CaseCode code) {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + code.value());
	}

	/** A button of a received referral's row, the newest first. */
	private Button incomingAction(String id) {
		Grid<IncomingReferral> grid = byId(Grid.class, "incoming-referrals");
		HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, "actions");
		return (Button) actions.getChildren()
			.filter(child -> child.getId().filter(id::equals).isPresent())
			.findFirst()
			.orElseThrow();
	}

	private HorizontalLayout actions(Grid<Referral> grid) {
		return (HorizontalLayout) test(grid).getCellComponent(0, "actions");
	}

	private String lastNotification() {
		return find(com.vaadin.flow.component.notification.Notification.class).all()
			.getLast()
			.getElement()
			.getProperty("text", "");
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@SuppressWarnings("unchecked")
	private static CheckboxGroup<String> identity() {
		return byId(CheckboxGroup.class, "referral-identity");
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, action);
	}

}
