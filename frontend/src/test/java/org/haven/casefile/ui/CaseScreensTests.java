package org.haven.casefile.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assistance.CarePlans;
import org.haven.casefile.Answer;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.Needs;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.ErasureReason;
import org.haven.person.TestIdentities;
import org.haven.ui.KeptTextArea;
import org.haven.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/** The caseworker's screens: my cases, the case page, break-glass. */
class CaseScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CarePlans plans;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_caseworker_finds_their_own_case_by_code_and_by_name_but_not_a_colleagues() {
		String family = "Adebayo" + UUID.randomUUID().toString().substring(0, 6);
		CaseCode mine = this.fixtures.takenInBy("carol", TestIdentities.named("Funke", family));
		CaseCode colleagues = this.fixtures.takenInBy("chen", TestIdentities.named("Funke", family));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		MyCasesView view = (MyCasesView) open("cases");

		view.text.setValue(mine.value());
		test(view.search).click();
		assertThat(view.shown()).extracting(summary -> summary.code()).containsExactly(mine);

		view.text.setValue(colleagues.value());
		test(view.search).click();
		assertThat(view.shown()).isEmpty();

		view.searchBy.setValue(CaseQuery.SearchBy.NAME);
		view.text.setValue("funke " + family.toUpperCase());
		test(view.search).click();
		assertThat(view.shown()).extracting(summary -> summary.code()).containsExactly(mine);
	}

	@Test
	void a_badly_typed_case_code_is_pointed_out_on_the_search_field_and_stays() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		MyCasesView view = (MyCasesView) open("cases");

		view.text.setValue("C-12");
		test(view.search).click();

		assertThat(view.text.isInvalid()).isTrue();
		assertThat(view.text.getErrorMessage()).isEqualTo("A case code looks like C-1234-ABCD");
		assertThat(view.text.getValue()).isEqualTo("C-12");
	}

	@Test
	void the_identity_is_masked_until_revealed_each_reveal_is_recorded_and_leaving_masks_it_again() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Zainab", "Musa"));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		long before = lastEvent();
		CaseView page = (CaseView) open("cases/" + code.value());

		assertThat(byId(Paragraph.class, "identity-masked").isVisible()).isTrue();
		assertThat(byId(Div.class, "identity").getElement().getTextRecursively()).doesNotContain("Musa");
		assertThat(revealsOf(code, before)).isZero();

		test(byId(Button.class, "reveal-identity")).click();
		Div revealed = byId(Div.class, "identity");
		assertThat(revealed.getElement().getTextRecursively()).contains("Zainab", "Musa");
		assertThat(revealsOf(code, before)).isEqualTo(1);

		open("cases");
		assertThat(open("cases/" + code.value())).isInstanceOf(CaseView.class);
		assertThat(byId(Paragraph.class, "identity-masked").isVisible()).isTrue();
		assertThat(byId(Div.class, "identity").getElement().getTextRecursively()).doesNotContain("Musa");
		assertThat(revealed.getElement().getTextRecursively()).doesNotContain("Musa");
	}

	@Test
	void a_case_the_caseworker_may_not_work_on_shows_not_found_and_the_refusal_is_recorded() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Kemi", "Ojo"));
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		long before = lastEvent();

		assertThat(open("cases/" + code.value())).isInstanceOf(NotFoundView.class);
		assertThat(open("cases/" + CaseCode.parse("C-0000-0000").orElseThrow().value()))
			.isInstanceOf(NotFoundView.class);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'ACCESS_REFUSED' and outcome = 'DENIED' and subject_id = ?",
				Long.class, before, code.value()))
			.isPositive();
	}

	@Test
	void an_edit_on_a_stale_case_is_a_conflict_that_says_what_changed_and_keeps_what_was_typed() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Tunde", "Bello"));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		CaseView page = (CaseView) open("cases/" + code.value());
		CaseDetails meanwhile = TestSecurity.as("carol", "CASEWORKER", () -> this.cases.open(code));
		TestSecurity.as("carol", "CASEWORKER", () -> this.cases.changeNeeds(code, meanwhile.version(),
				new Needs(Answer.of("MEDICAL_CARE"), Needs.SafetyRisk.HIGH)));

		$(SituationForm.class).first().means.setValue(Answer.declined());
		test(byId(Button.class, "save-situation")).click();

		Dialog conflict = $(Dialog.class).id("conflict-dialog");
		assertThat(((Paragraph) conflict.getChildren().findFirst().orElseThrow()).getText())
			.contains("needs and safety");
		assertThat($(SituationForm.class).first().means.getValue()).isEqualTo(Answer.declined());
		assertThat(current(code).situation().means()).isEqualTo(Answer.NOT_ASKED);

		test($(Button.class).id("conflict-apply-mine")).click();

		CaseDetails saved = current(code);
		assertThat(saved.situation().means()).isEqualTo(Answer.declined());
		assertThat(saved.needs().safety()).isEqualTo(Needs.SafetyRisk.HIGH);
		byId(Details.class, "case-history-details").setOpened(true);
		assertThat(byId(VerticalLayout.class, "case-history").getElement().getTextRecursively())
			.contains("case opened at intake", "carol", "needs and safety", "situation");
	}

	@Test
	void the_history_names_the_consent_and_the_care_plan_in_words_and_never_what_they_hold() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Amara", "Eze"));
		LocalDate today = LocalDate.now(ZoneId.systemDefault());
		TestSecurity.as("carol", "CASEWORKER", () -> this.cases.changeNeeds(code, this.cases.open(code).version(),
				new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.LOW)));
		TestSecurity.as("carol", "CASEWORKER", () -> this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", today)));
		TestSecurity.as("carol", "CASEWORKER",
				() -> this.plans.addGoal(code, "SAFE_SHELTER", "A room near her sister", true));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + code.value());

		byId(Details.class, "case-history-details").setOpened(true);

		List<String> entries = $(VerticalLayout.class).id("case-history")
			.getChildren()
			.map(entry -> entry.getElement().getTextRecursively())
			.toList();
		assertThat(entries).hasSize(4);
		assertThat(entries.getFirst()).contains("carol", "case opened at intake, consent");
		assertThat(entries.get(2)).endsWith("carol: consent");
		assertThat(entries.get(3)).endsWith("carol: care plan");
		assertThat(String.join(" ", entries)).doesNotContain("A room near her sister", "Amara", "Eze");
	}

	@Test
	void an_extra_sensitive_note_stays_masked_until_shown() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Ada", "Eze"));
		this.fixtures.noteBy("carol", code, "Arrived by bus", false);
		this.fixtures.noteBy("carol", code, "Afraid of her uncle", true);
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);

		CaseView page = (CaseView) open("cases/" + code.value());

		String shown = byId(VerticalLayout.class, "notes").getElement().getTextRecursively();
		assertThat(shown).contains("Arrived by bus").doesNotContain("Afraid of her uncle");
		test($(Button.class).withClassName("reveal-note").first()).click();
		assertThat(byId(VerticalLayout.class, "notes").getElement().getTextRecursively())
			.contains("Afraid of her uncle");
	}

	@Test
	void a_closure_request_needs_an_outcome_and_then_waits_for_a_supervisor() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Musa", "Sani"));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		CaseView page = (CaseView) open("cases/" + code.value());

		test(byId(Button.class, "request-closure")).click();
		test($(Button.class).id("send-closure-request")).click();
		assertThat(current(code).closure().pending()).isFalse();

		$(Select.class).id("closure-outcome").setValue(Closure.Outcome.GOALS_ACHIEVED);
		test($(Button.class).id("send-closure-request")).click();

		assertThat(current(code).closure().pending()).isTrue();
		assertThat(current(code).status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(byId(Paragraph.class, "closure-notice").getText()).contains("waiting for a supervisor");
	}

	@Test
	void break_glass_opens_an_unassigned_case_for_an_hour_after_a_reason_and_says_so() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Hauwa", "Bala"));
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		MyCasesView view = (MyCasesView) open("cases");

		test(view.breakGlass).click();
		BreakGlassDialog dialog = $(BreakGlassDialog.class).first();
		dialog.code.setValue(code.value());
		test(dialog.open).click();
		assertThat(dialog.reason.isInvalid()).isTrue();

		dialog.reason.setValue(BreakGlassReason.PERSON_PRESENT_AND_ASSIGNED_CASEWORKER_UNAVAILABLE);
		test(dialog.open).click();

		CaseView page = (CaseView) getCurrentView();
		assertThat(page.details().code()).isEqualTo(code);
		assertThat(byId(Paragraph.class, "break-glass-notice").isVisible()).isTrue();
		assertThat(byId(Paragraph.class, "break-glass-notice").getText()).contains("break-glass",
				"nothing here can be changed");
	}

	@Test
	void a_case_read_by_break_glass_offers_no_change_and_says_why() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Amina", "Dauda"));
		this.fixtures.breakGlass(DemoAccounts.SECOND_CASEWORKER, code);
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);

		CaseView page = (CaseView) open("cases/" + code.value());

		assertThat(byId(Paragraph.class, "break-glass-notice").getText())
			.contains("ask a supervisor to assign it to you");
		assertThat(byId(HorizontalLayout.class, "status-steps").isVisible()).isFalse();
		assertThat(byId(Button.class, "request-closure").isVisible()).isFalse();
		assertThat(byId(Button.class, "request-erasure").isVisible()).isFalse();
		assertThat(byId(Button.class, "add-note").isVisible()).isFalse();
		assertThat(byId(KeptTextArea.class, "note-text").isVisible()).isFalse();
		assertThat(List.of(byId(Button.class, "save-situation"), byId(Button.class, "save-needs"),
				byId(Button.class, "save-non-punishment"), byId(Button.class, "save-follow-up")))
			.noneMatch(Button::isVisible);
		assertThat(byId(DatePicker.class, "next-follow-up").isReadOnly()).isTrue();
		test(byId(Button.class, "reveal-identity")).click();
		assertThat(byId(Div.class, "identity").getElement().getTextRecursively()).contains("Dauda");
	}

	@Test
	void the_caseworker_asks_to_erase_the_identity_with_a_reason_and_the_page_says_a_supervisor_decides() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Binta", "Sule"));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		CaseView page = (CaseView) open("cases/" + code.value());
		assertThat(byId(Paragraph.class, "erasure-notice").isVisible()).isFalse();

		test(byId(Button.class, "request-erasure")).click();
		ErasureRequestDialog dialog = find(ErasureRequestDialog.class).single();
		assertThat(find(Paragraph.class).withId("erasure-warning").single().getText()).contains("erased for good",
				"Another member of staff decides");
		test(dialog.send).click();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Choose why the identity should be erased");
		assertThat(current(code).erasureRequested()).isNull();

		test(dialog.reason).selectItem("The person asked for it");
		test(dialog.send).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(byId(Paragraph.class, "erasure-notice").isVisible()).isTrue();
		assertThat(byId(Paragraph.class, "erasure-notice").getText()).contains("The person asked for it", "supervisor");
		assertThat(byId(Button.class, "request-erasure").isVisible()).isFalse();
		assertThat(current(code).erasureRequested()).isEqualTo(ErasureReason.PERSON_ASKED);
	}

	private CaseDetails current(CaseCode code) {
		return TestSecurity.as("carol", "CASEWORKER", () -> this.cases.open(code));
	}

	private long lastEvent() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private long revealsOf(CaseCode code, long after) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'IDENTITY_REVEALED' and subject_id = ? and outcome = 'ALLOWED' and fields like '%givenNames%'",
				Long.class, after, code.value());
	}

}
