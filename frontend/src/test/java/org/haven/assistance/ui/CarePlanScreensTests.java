package org.haven.assistance.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assistance.CarePlans;
import org.haven.assistance.Goal;
import org.haven.assistance.NewService;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Needs;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/** The care plan on the case page: need by need, from goal to service to outcome. */
class CarePlanScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CarePlans plans;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CarePlanSupervisedPart supervisedPart;

	CaseCode code;

	@BeforeEach
	void aCaseWithTwoNeeds() {
		this.code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Care", "Screen"));
		asCarol(() -> this.cases.changeNeeds(this.code, this.cases.open(this.code).version(),
				new Needs(Answer.of("SAFE_SHELTER", "MEDICAL_CARE"), Needs.SafetyRisk.MEDIUM)));
	}

	@Test
	void a_caseworker_sets_a_goal_with_the_person_arranges_a_service_and_records_it_delivered() {
		consentToCaseManagement();
		openTheCase();
		assertThat(byId(Div.class, "need-medical-care").getElement().getTextRecursively())
			.contains("No goal and no service yet");

		test(byId(Button.class, "add-goal")).click();
		roundTrip();
		test(select("goal-need")).selectItem("Safe shelter");
		test(byId(TextArea.class, "goal-description")).setValue("A safe place to stay, near her sister");
		test(byId(Checkbox.class, "goal-agreed")).click();
		test(find(Button.class).withId("save-goal").single()).click();

		Goal goal = planned();
		assertThat(byId(Div.class, "need-safe-shelter").getElement().getTextRecursively())
			.contains("A safe place to stay, near her sister", "Set with the person")
			.doesNotContain("No goal and no service yet");

		test(find(Button.class).withId("add-service-" + goal.id()).single()).click();
		roundTrip();
		test(select("service-type")).selectItem("Safe accommodation");
		test(find(Button.class).withId("save-service").single()).click();

		PlannedService service = planned().services().getFirst();
		test(updateButton(goal, service)).click();
		roundTrip();
		test(select("service-status")).selectItem("Delivered");
		test(byId(TextArea.class, "service-outcome")).setValue("Moved in on Monday");
		test(find(Button.class).withId("save-service-update").single()).click();

		Grid<PlannedService> services = byId(Grid.class, "services-" + goal.id());
		assertThat(test(services).getCellText(0, 0)).isEqualTo("Safe accommodation");
		assertThat(test(services).getCellText(0, 3)).startsWith("Delivered, ");
		assertThat(test(services).getCellText(0, 4)).isEqualTo("Moved in on Monday");
	}

	@Test
	void without_consent_to_case_management_the_goal_is_refused_and_the_dialog_keeps_what_was_typed() {
		openTheCase();

		test(byId(Button.class, "add-goal")).click();
		roundTrip();
		test(select("goal-need")).selectItem("Medical care");
		test(byId(TextArea.class, "goal-description")).setValue("See a doctor this week");
		test(find(Button.class).withId("save-goal").single()).click();

		assertThat(byId(TextArea.class, "goal-description").getValue()).isEqualTo("See a doctor this week");
		assertThat(asCarol(() -> this.plans.plan(this.code))).allSatisfy(need -> assertThat(need.goals()).isEmpty());
	}

	@Test
	void a_break_glass_reader_sees_the_plan_and_may_change_none_of_it() {
		consentToCaseManagement();
		asCarol(() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "A bed tonight", true));
		this.fixtures.breakGlass(DemoAccounts.SECOND_CASEWORKER, this.code);
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());

		assertThat(byId(Div.class, "need-safe-shelter").getElement().getTextRecursively()).contains("A bed tonight");
		assertThat(byId(Button.class, "add-goal").isVisible()).isFalse();
		assertThat(find(Button.class).all()).noneMatch(button -> button.getId()
			.filter(id -> id.startsWith("add-service-") || id.startsWith("settle-goal-"))
			.isPresent());
	}

	private void consentToCaseManagement() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now())));
	}

	private void openTheCase() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());
	}

	private Goal planned() {
		return asCarol(() -> this.plans.plan(this.code)).getFirst().goals().getFirst();
	}

	private Button updateButton(Goal goal, PlannedService service) {
		Grid<PlannedService> services = byId(Grid.class, "services-" + goal.id());
		HorizontalLayout actions = (HorizontalLayout) test(services).getCellComponent(0, "actions");
		return (Button) actions.getChildren()
			.filter(component -> component.getId().filter(("update-service-" + service.id())::equals).isPresent())
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@Test
	void a_supervisor_sees_where_the_plan_of_a_case_in_their_list_stands_without_free_text() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now())));
		Goal goal = asCarol(() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "Near her cousin Amara", true));
		asCarol(() -> this.plans.addService(this.code, goal.id(), new NewService("SAFE_ACCOMMODATION",
				ProvidedBy.PARTNER, "Harbour House", LocalDate.now(), LocalDate.now().plusDays(3))));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("supervision/cases");

		// Grid builds a row's details when the browser asks for them, which a browserless
		// test cannot: the part is built here as the opened row builds it
		CaseOverview overview = this.supervision.overview(this.code);
		String shown = this.supervisedPart.newPart(overview).getElement().getTextRecursively();
		assertThat(shown).contains("Safe shelter", "Set with the person", "Safe accommodation")
			.doesNotContain("Amara", "Harbour");
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, action);
	}

}
