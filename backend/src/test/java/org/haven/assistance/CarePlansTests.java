package org.haven.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.Needs;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRequired;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
class CarePlansTests {

	static final String CAROL = "carol";

	@Autowired
	CarePlans plans;

	@Autowired
	CaseTasks tasks;

	@Autowired
	TasksToDo toDo;

	@Autowired
	TaskEscalation schedule;

	@Autowired
	CaseService cases;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	CaseCode code;

	LocalDate today;

	@BeforeEach
	void aCaseWithNeedsAndConsentToCaseManagement() {
		this.code = this.fixtures.takenInBy(CAROL, TestIdentities.named("Care", "Plan"));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		asCarol(() -> this.cases.changeNeeds(this.code, this.cases.open(this.code).version(),
				new Needs(Answer.of("SAFE_SHELTER", "MEDICAL_CARE"), Needs.SafetyRisk.MEDIUM)));
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", this.today)));
	}

	@Test
	void a_need_its_goal_two_services_and_an_outcome_and_the_overdue_service_raises_a_task_that_escalates() {
		Goal goal = asCarol(
				() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "A safe place to stay, away from the city", true));
		PlannedService shelter = asCarol(() -> this.plans.addService(this.code, goal.id(),
				new NewService("SAFE_ACCOMMODATION", ProvidedBy.PARTNER, "Harbour House", this.today, this.today)));
		asCarol(() -> this.plans.addService(this.code, goal.id(),
				new NewService("MEDICAL_CARE", ProvidedBy.IN_HOUSE, null, this.today, this.today.plusDays(1))));
		asCarol(() -> this.plans.updateService(this.code, shelter.id(), shelter.version(),
				new ServiceUpdate(ServiceStatus.DELIVERED, this.today, "Moved in; has her own room")));

		this.clock.after(Duration.ofDays(3), () -> this.schedule.raiseForOverdueServices());
		this.clock.after(Duration.ofDays(4), () -> this.schedule.raiseForOverdueServices());

		List<Task> raised = asCarol(() -> this.tasks.tasks(this.code)).stream()
			.filter(task -> task.kind() == TaskKind.SERVICE_OVERDUE)
			.toList();
		assertThat(raised).as("one task for the one overdue service").singleElement().satisfies(task -> {
			assertThat(task.assignedTo()).isEqualTo(CAROL);
			assertThat(task.dueOn()).isEqualTo(this.today.plusDays(3));
		});
		this.clock.after(Duration.ofDays(7), () -> this.schedule.escalateOverdue());
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.toDo.escalated()))
			.filteredOn(todo -> todo.id().equals(raised.getFirst().id()))
			.singleElement()
			.satisfies(todo -> assertThat(todo.code()).isEqualTo(this.code));

		List<PlannedNeed> plan = asCarol(() -> this.plans.plan(this.code));
		assertThat(plan).extracting(PlannedNeed::need, PlannedNeed::unplanned)
			.containsExactly(tuple("SAFE_SHELTER", false), tuple("MEDICAL_CARE", true));
		assertThat(plan.getFirst().goals()).singleElement().satisfies(planned -> {
			assertThat(planned.agreedWithPerson()).isTrue();
			assertThat(planned.services())
				.extracting(PlannedService::type, PlannedService::status, PlannedService::outcome)
				.containsExactly(tuple("SAFE_ACCOMMODATION", ServiceStatus.DELIVERED, "Moved in; has her own room"),
						tuple("MEDICAL_CARE", ServiceStatus.PLANNED, null));
		});
		Goal met = asCarol(
				() -> this.plans.settleGoal(this.code, goal.id(), goal.version(), GoalStatus.MET, this.today));
		assertThat(met.status()).isEqualTo(GoalStatus.MET);
	}

	@Test
	void a_supervisor_sees_where_the_plan_stands_by_status_and_dates_without_a_word_of_free_text() {
		Goal goal = asCarol(() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "Canaryshelter near her sister", true));
		PlannedService shelter = asCarol(
				() -> this.plans.addService(this.code, goal.id(), new NewService("SAFE_ACCOMMODATION",
						ProvidedBy.PARTNER, "Canaryprovider House", this.today, this.today.plusDays(5))));
		asCarol(() -> this.plans.updateService(this.code, shelter.id(), shelter.version(),
				new ServiceUpdate(ServiceStatus.DELIVERED, this.today, "Canaryoutcome moved in")));

		CarePlanStanding standing = TestSecurity.as("sam", "SUPERVISOR", () -> this.plans.standing(this.code));

		assertThat(standing.needs()).extracting(CarePlanStanding.Need::need, need -> need.goals().size())
			.containsExactly(tuple("SAFE_SHELTER", 1), tuple("MEDICAL_CARE", 0));
		CarePlanStanding.GoalStanding planned = standing.needs().getFirst().goals().getFirst();
		assertThat(planned.agreedWithPerson()).isTrue();
		assertThat(planned.services()).singleElement()
			.satisfies(service -> assertThat(service)
				.isEqualTo(new CarePlanStanding.ServiceStanding("SAFE_ACCOMMODATION", ProvidedBy.PARTNER, this.today,
						this.today.plusDays(5), ServiceStatus.DELIVERED, this.today)));
		assertThat(standing.toString()).doesNotContain("Canary");
	}

	@Test
	void the_task_the_hourly_job_raises_for_an_overdue_service_is_havens_own_change_in_the_case_history() {
		Goal goal = asCarol(() -> this.plans.addGoal(this.code, "MEDICAL_CARE", "See a doctor this week", true));
		asCarol(() -> this.plans.addService(this.code, goal.id(),
				new NewService("MEDICAL_CARE", ProvidedBy.IN_HOUSE, null, this.today, this.today.plusDays(1))));

		this.clock.after(Duration.ofDays(3), () -> this.schedule.raiseForOverdueServices());

		assertThat(asCarol(() -> this.cases.history(this.code)).getLast()).satisfies(raised -> {
			assertThat(raised.byHaven()).as("no one signed in: Haven").isTrue();
			assertThat(raised.parts()).containsExactly(CaseDetails.Part.SERVICES, CaseDetails.Part.TASKS);
		});
	}

	@Test
	void without_consent_to_case_management_nothing_is_planned() {
		CaseCode other = this.fixtures.takenInBy(CAROL, TestIdentities.named("No", "Consent"));
		asCarol(() -> this.cases.changeNeeds(other, this.cases.open(other).version(),
				new Needs(Answer.of("LEGAL_ADVICE"), Needs.SafetyRisk.LOW)));

		assertThatThrownBy(() -> asCarol(() -> this.plans.addGoal(other, "LEGAL_ADVICE", "See a lawyer", true)))
			.isInstanceOf(ConsentRequired.class);
	}

	@Test
	void a_goal_for_a_need_not_recorded_and_a_service_for_another_cases_goal_are_refused_on_their_fields() {
		CaseCode other = this.fixtures.takenInBy(CAROL, TestIdentities.named("Other", "Plan"));
		asCarol(() -> this.cases.changeNeeds(other, this.cases.open(other).version(),
				new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.LOW)));
		asCarol(() -> this.consent.record(other, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", this.today)));
		Goal othersGoal = asCarol(() -> this.plans.addGoal(other, "SAFE_SHELTER", "A bed tonight", false));

		assertThat(problemsOf(() -> this.plans.addGoal(this.code, "LEGAL_ADVICE", "A lawyer", true)))
			.containsExactly(tuple("need", "care.goal.need-unknown"));
		assertThat(problemsOf(() -> this.plans.addService(this.code, othersGoal.id(),
				new NewService("SAFE_ACCOMMODATION", ProvidedBy.IN_HOUSE, null, this.today, null))))
			.containsExactly(tuple("goal", "care.goal.not-found"));
	}

	@Test
	void dates_in_the_wrong_order_and_a_delivery_without_a_day_are_refused_field_by_field() {
		Goal goal = asCarol(() -> this.plans.addGoal(this.code, "MEDICAL_CARE", "See a doctor", true));

		assertThat(problemsOf(() -> this.plans.addService(this.code, goal.id(),
				new NewService("MEDICAL_CARE", ProvidedBy.PARTNER, " ", this.today, this.today.minusDays(2)))))
			.containsExactlyInAnyOrder(tuple("provider", "validation.required"),
					tuple("dueBy", "care.service.due-before-requested"));
		PlannedService clinic = asCarol(() -> this.plans.addService(this.code, goal.id(),
				new NewService("MEDICAL_CARE", ProvidedBy.PARTNER, "Riverside clinic", this.today, null)));
		assertThat(problemsOf(() -> this.plans.updateService(this.code, clinic.id(), clinic.version(),
				new ServiceUpdate(ServiceStatus.DELIVERED, null, null))))
			.containsExactly(tuple("deliveredOn", "care.service.delivered-on.required"));
	}

	@Test
	void descriptions_and_outcomes_are_stored_only_encrypted_and_every_change_is_kept_by_envers() {
		Goal goal = asCarol(
				() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "CANARY-GOAL-8812 near her sister", true));
		PlannedService service = asCarol(() -> this.plans.addService(this.code, goal.id(),
				new NewService("SAFE_ACCOMMODATION", ProvidedBy.IN_HOUSE, null, this.today, null)));
		asCarol(() -> this.plans.updateService(this.code, service.id(), service.version(),
				new ServiceUpdate(ServiceStatus.IN_PROGRESS, null, "CANARY-OUTCOME-8813 waiting list")));

		assertThat(this.jdbc.queryForList(
				"select encode(description, 'escape') from care_goal where id = ? union all"
						+ " select encode(outcome, 'escape') from care_service where id = ?",
				String.class, goal.id(), service.id()))
			.hasSize(2)
			.noneMatch(raw -> raw.contains("CANARY"));
		assertThat(this.jdbc.queryForObject("select count(*) from care_service_aud where id = ?", Long.class,
				service.id()))
			.isEqualTo(2);
	}

	private List<Tuple> problemsOf(Supplier<?> change) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(change));
		return refused.problems().stream().map(problem -> tuple(problem.field(), problem.messageKey())).toList();
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

}
