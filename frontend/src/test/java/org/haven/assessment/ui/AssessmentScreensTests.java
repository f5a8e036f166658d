package org.haven.assessment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assessment.Administration;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.Response;
import org.haven.assessment.RiskLevel;
import org.haven.assistance.AfterCare;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.haven.ui.EChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.haven.ComponentsById.byId;

/**
 * Assessments on the case page: recorded in a dialog, baseline against latest in a chart
 * and a table.
 */
class AssessmentScreensTests extends ViewTest {

	static final List<String> DOMAINS = AssessmentsTests.DOMAINS;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ConsentLedger consent;

	@Autowired
	Assessments assessments;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	AfterCare afterCare;

	@Autowired
	CaseTasks tasks;

	CaseCode code;

	@BeforeEach
	void aCaseWithConsentToCaseManagement() {
		this.code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Assessed", "Screen"));
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now())));
	}

	@Test
	void a_caseworker_records_a_baseline_in_the_dialog_and_a_refused_reason_keeps_what_was_typed() {
		openTheCase();
		assertThat(byId(Paragraph.class, "assessment-none").isVisible()).isTrue();

		test(byId(Button.class, "record-assessment")).click();
		roundTrip();
		test(select("assessment-overall-risk")).selectItem("Medium");
		for (String domain : DOMAINS) {
			test(select("answer-" + kebab(domain))).selectItem(
					domain.equals("GENDER_RELATED_RISK") ? "Declined to answer" : "Score 3: " + definitionOf(domain));
			if (!domain.equals("ECONOMIC")) {
				test(byId(TextArea.class, "reason-" + kebab(domain))).setValue("Talked it through " + domain);
			}
		}
		test(find(Button.class).withId("save-assessment").single()).click();

		assertThat(byId(TextArea.class, "reason-economic").isInvalid()).isTrue();
		assertThat(byId(TextArea.class, "reason-safety").getValue()).isEqualTo("Talked it through SAFETY");
		assertThat(asCarol(() -> this.assessments.administrations(this.code))).isEmpty();

		test(byId(TextArea.class, "reason-economic")).setValue("Some income from cleaning");
		test(find(Button.class).withId("save-assessment").single()).click();

		assertThat(asCarol(() -> this.assessments.administrations(this.code))).singleElement().satisfies(baseline -> {
			assertThat(baseline.kind()).isEqualTo(AdministrationKind.BASELINE);
			assertThat(baseline.genderRelatedRisk()).get()
				.extracting(Administration.Answered::score)
				.as("declined is no score")
				.isNull();
		});
		assertThat(lastNotification()).isEqualTo("The assessment is recorded.");
		assertThat(byId(Paragraph.class, "assessment-gender-risk").getText())
			.isEqualTo("Gender-related risk: Declined to answer");
	}

	@Test
	void the_baseline_and_the_latest_show_as_a_chart_with_the_same_numbers_in_a_table() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, 1)));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.REVIEW, 3)));

		openTheCase();

		Grid<?> comparison = byId(Grid.class, "assessment-comparison");
		assertThat(test(comparison).size()).isEqualTo(10);
		assertThat(test(comparison).getCellText(0, 0)).isEqualTo("Safety");
		assertThat(test(comparison).getCellText(0, 1)).isEqualTo("1");
		assertThat(test(comparison).getCellText(0, 2)).isEqualTo("3");
		EChart chart = byId(EChart.class, "assessment-chart");
		assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
		assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Scores by area");
		assertThat(chart.option()).contains("\"data\":[1,1,1,1,1,1,1,1,1,1]", "\"data\":[3,3,3,3,3,3,3,3,3,3]")
			.doesNotContain("Reason for");
		assertThat(byId(Paragraph.class, "assessment-overall-risk").getText()).isEqualTo("Overall risk: Medium");
	}

	@Test
	void a_caseworker_answers_the_re_trafficking_screen_sees_the_risk_it_yields_and_the_section_shows_the_latest() {
		openTheCase();
		assertThat(byId(Paragraph.class, "assessment-screen-latest").getText())
			.isEqualTo("No screen has been recorded yet.");

		test(byId(Button.class, "record-screen")).click();
		roundTrip();
		Paragraph risk = byId(Paragraph.class, "screen-risk");
		assertThat(risk.getText()).isEqualTo("Answer every question to see the resulting risk.");
		test(radio("screen-answer-contacted-by-traffickers")).selectItem("No");
		test(radio("screen-answer-pressed-about-debt")).selectItem("Yes");
		test(radio("screen-answer-approached-with-work-or-travel")).selectItem("No");
		test(radio("screen-answer-unsafe-where-living")).selectItem("No");
		test(find(Button.class).withId("save-screen").single()).click();

		assertThat(byId(RadioButtonGroup.class, "screen-answer-no-safe-income").isInvalid()).isTrue();
		assertThat(radio("screen-answer-pressed-about-debt").getValue()).isEqualTo(Response.YES);
		assertThat(asCarol(() -> this.assessments.administrations(this.code))).isEmpty();

		test(radio("screen-answer-no-safe-income")).selectItem("Declined to answer");
		assertThat(risk.getText()).isEqualTo("Resulting risk: Medium");
		test(radio("screen-answer-approached-with-work-or-travel")).selectItem("Yes");
		assertThat(risk.getText()).isEqualTo("Resulting risk: High");
		test(find(Button.class).withId("save-screen").single()).click();

		assertThat(asCarol(() -> this.assessments.administrations(this.code))).singleElement().satisfies(screen -> {
			assertThat(screen.instrument().code()).isEqualTo(InstrumentVersion.RE_TRAFFICKING_SCREEN);
			assertThat(screen.kind()).isEqualTo(AdministrationKind.BASELINE);
			assertThat(screen.screenRisk()).isEqualTo(RiskLevel.HIGH);
			assertThat(screen.answer("NO_SAFE_INCOME")).get()
				.extracting(Administration.Answered::response)
				.isEqualTo(Response.DECLINED);
		});
		assertThat(lastNotification()).isEqualTo("The screen is recorded.");
		assertThat(byId(Paragraph.class, "assessment-screen-latest").getText()).startsWith("Latest screen: Baseline, ")
			.endsWith(". Risk: High");
		assertThat(byId(Paragraph.class, "assessment-none").isVisible()).as("a screen is no outcomes assessment")
			.isTrue();
	}

	@Test
	void after_closure_the_caseworker_chooses_among_the_after_care_checks_the_one_the_assessment_was_recorded_at() {
		LocalDate today = LocalDate.now();
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, 2)));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.ENDLINE, 3)));
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", today)));
		asCarol(() -> this.afterCare.recordFollowUp(this.code, contactOn(today.minusDays(1))));
		closedWithReintegration();
		Task firstCheck = asCarol(() -> this.tasks.tasks(this.code)).stream()
			.filter(task -> task.kind() == TaskKind.AFTER_CARE_CHECK)
			.min(Comparator.comparing(Task::dueOn))
			.orElseThrow();
		AfterCareCheck check = asCarol(
				() -> this.afterCare.record(this.code, firstCheck.id(), firstCheck.version(), contactOn(today)));
		openTheCase();

		test(byId(Button.class, "record-assessment")).click();
		roundTrip();
		Select<Object> atCheck = select("assessment-after-care-check");
		assertThat(atCheck.isVisible()).as("only an assessment after closure is at an after-care check").isFalse();
		test(select("assessment-kind")).selectItem("After closure");
		assertThat(atCheck.isVisible()).isTrue();
		assertThat(test(atCheck).getSuggestions()).as("the follow-up of the open case is no after-care check")
			.containsExactly(
					DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(today));
		test(select("assessment-overall-risk")).selectItem("Low");
		for (String domain : DOMAINS) {
			test(select("answer-" + kebab(domain))).selectItem(
					domain.equals("GENDER_RELATED_RISK") ? "Declined to answer" : "Score 3: " + definitionOf(domain));
			test(byId(TextArea.class, "reason-" + kebab(domain))).setValue("Talked it through " + domain);
		}
		test(find(Button.class).withId("save-assessment").single()).click();

		assertThat(atCheck.isInvalid()).as("the check is to be chosen").isTrue();
		assertThat(asCarol(() -> this.assessments.administrations(this.code))).hasSize(2);

		test(atCheck)
			.selectItem(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(today));
		test(find(Button.class).withId("save-assessment").single()).click();

		assertThat(asCarol(() -> this.assessments.administrations(this.code)))
			.extracting(Administration::kind, Administration::afterCareCheck)
			.containsExactly(tuple(AdministrationKind.BASELINE, null), tuple(AdministrationKind.ENDLINE, null),
					tuple(AdministrationKind.POST_CLOSURE, check.id()));
		assertThat(byId(Paragraph.class, "assessment-latest").getText()).startsWith("Last assessment: After closure");
	}

	/**
	 * The case advances to reintegration follow-up and its closure is approved: with
	 * consent to follow-up contact, its after-care checks are scheduled.
	 */
	private void closedWithReintegration() {
		for (CaseStatus next : List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP)) {
			asCarol(() -> this.cases.advance(this.code, this.cases.open(this.code).version(), next));
		}
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.supervision.approveClosure(this.code, this.supervision.overview(this.code).version()));
	}

	private static NewAfterCareCheck contactOn(LocalDate day) {
		return new NewAfterCareCheck(day, true, ContactChannel.PHONE, SafetyNow.SAFE, ScreenAnswer.NO, ScreenAnswer.NO,
				ScreenAnswer.NO, List.of(), null);
	}

	private static NewAdministration outcomes(AdministrationKind kind, int score) {
		return AssessmentsTests.outcomes(kind, LocalDate.now(), score);
	}

	private static String definitionOf(String domain) {
		return DEFINITIONS.get(domain);
	}

	static final Map<String, String> DEFINITIONS = Map.of("SAFETY",
			"Some concern about safety, but no current threat; knows where to get help.", "PHYSICAL_HEALTH",
			"Health needs known and cared for.", "MENTAL_AND_EMOTIONAL_WELLBEING",
			"Some distress, coping with support.", "SHELTER_AND_BASIC_NEEDS",
			"A stable place to stay; basic needs mostly met.", "ECONOMIC",
			"Some regular income or support; debt manageable.", "SOCIAL_CONNECTIONS", "Some safe people to rely on.",
			"LEGAL_AND_JUSTICE", "Documents and status being sorted out, with legal help.", "HOUSEHOLD_RISK",
			"Some concern within the household, kept in hand.", "COMMUNITY_RISK",
			"Some stigma or risk, which the person can manage.");

	private void openTheCase() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());
	}

	private static String kebab(String code) {
		return code.replace('_', '-').toLowerCase(Locale.ROOT);
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@SuppressWarnings("unchecked")
	private static RadioButtonGroup<Object> radio(String id) {
		return byId(RadioButtonGroup.class, id);
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, action);
	}

	private String lastNotification() {
		return find(Notification.class).all().getLast().getElement().getProperty("text", "");
	}

}
