package org.haven.assistance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRequired;
import org.haven.consent.ConsentState;
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
class CaseTasksTests {

	static final String CAROL = "carol";

	@Autowired
	CaseTasks tasks;

	@Autowired
	TasksToDo toDo;

	@Autowired
	TaskEscalation escalation;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

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
	void aCaseOfCarols() {
		this.code = this.fixtures.takenInBy(CAROL, TestIdentities.named("Tasks", "Case"));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

	@Test
	void the_next_follow_up_date_is_the_cases_follow_up_task_and_moving_the_date_moves_it() {
		scheduleFollowUp(this.today.plusDays(10));
		scheduleFollowUp(this.today.plusDays(20));

		assertThat(asCarol(() -> this.tasks.tasks(this.code))).filteredOn(task -> task.kind() == TaskKind.FOLLOW_UP)
			.extracting(Task::dueOn, Task::status, Task::cancelledBecause)
			.containsExactlyInAnyOrder(tuple(this.today.plusDays(20), TaskStatus.OPEN, null),
					tuple(this.today.plusDays(10), TaskStatus.CANCELLED, TaskCancellation.RESCHEDULED));
	}

	@Test
	void withdrawing_consent_to_follow_up_contact_cancels_the_follow_ups_and_raises_a_task_to_see_what_it_stops() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
		scheduleFollowUp(this.today.plusDays(7));

		asCarol(() -> this.consent.withdraw(this.code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, this.today, null));

		List<Task> after = asCarol(() -> this.tasks.tasks(this.code));
		assertThat(after).filteredOn(task -> task.kind() == TaskKind.FOLLOW_UP)
			.singleElement()
			.satisfies(task -> assertThat(task.cancelledBecause()).isEqualTo(TaskCancellation.CONSENT_WITHDRAWN));
		assertThat(after).filteredOn(task -> task.kind() == TaskKind.CONSENT_WITHDRAWN)
			.singleElement()
			.satisfies(task -> {
				assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
				assertThat(task.dueOn()).isEqualTo(this.today);
				assertThat(task.assignedTo()).isEqualTo(CAROL);
			});
		ConsentRequired refused = catchThrowableOfType(ConsentRequired.class,
				() -> scheduleFollowUp(this.today.plusDays(14)));
		assertThat(refused.state()).isEqualTo(ConsentState.WITHDRAWN);
		assertThat(asCarol(() -> this.cases.open(this.code)).nextFollowUpOn()).isEqualTo(this.today.plusDays(7));
	}

	@Test
	void a_task_overdue_past_its_grace_is_escalated_once_to_the_supervisors_by_case_code() {
		Task task = asCarol(() -> this.tasks.add(this.code, "Call the shelter about a bed", this.today));

		assertThat(this.clock.after(Duration.ofDays(2), () -> this.escalation.escalateOverdue()))
			.as("within the grace period")
			.isZero();
		this.clock.after(Duration.ofDays(5), () -> this.escalation.escalateOverdue());
		this.clock.after(Duration.ofDays(6), () -> this.escalation.escalateOverdue());

		List<TaskToDo> escalated = TestSecurity.as("sam", "SUPERVISOR", () -> this.toDo.escalated());
		assertThat(escalated).filteredOn(todo -> todo.id().equals(task.id())).singleElement().satisfies(todo -> {
			assertThat(todo.code()).isEqualTo(this.code);
			assertThat(todo.assignedTo()).isEqualTo(CAROL);
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'TASK_ESCALATED' and subject_id = ?", Long.class,
				this.code.value()))
			.isEqualTo(1);
	}

	@Test
	void a_task_by_hand_is_on_the_caseworkers_list_by_case_code_and_its_title_is_stored_only_encrypted() {
		Task task = asCarol(
				() -> this.tasks.add(this.code, "CANARY-TASK-4412 ask about the passport", this.today.plusDays(3)));

		assertThat(asCarol(() -> this.toDo.mineDueSoon())).filteredOn(todo -> todo.id().equals(task.id()))
			.singleElement()
			.satisfies(todo -> assertThat(todo.kind()).isEqualTo(TaskKind.BY_HAND));
		assertThat(this.jdbc.queryForList("select encode(title, 'escape') from care_task where id = ?", String.class,
				task.id()))
			.singleElement()
			.satisfies(raw -> assertThat(raw).doesNotContain("CANARY"));
		assertThat(this.jdbc.queryForObject("select count(*) from care_task_aud where id = ?", Long.class, task.id()))
			.as("Envers history")
			.isPositive();
	}

	@Test
	void a_task_is_done_once_and_a_done_task_changes_no_more() {
		Task task = asCarol(() -> this.tasks.add(this.code, "Book the interpreter", this.today));

		Task done = asCarol(() -> this.tasks.done(this.code, task.id(), task.version()));

		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.doneOn()).isEqualTo(this.today);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.tasks.cancel(this.code, task.id(), done.version())));
		assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("task.closed");
	}

	@Test
	void a_task_without_a_title_or_due_in_the_past_is_refused_field_by_field() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.tasks.add(this.code, " ", this.today.minusDays(1))));

		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(tuple("title", "validation.required"), tuple("dueOn", "task.due-on.past"));
		assertThat(asCarol(() -> this.tasks.tasks(this.code))).isEmpty();
	}

	@Test
	void closing_the_case_cancels_its_open_tasks_and_a_closed_case_takes_no_new_one() {
		asCarol(() -> this.tasks.add(this.code, "Check in after the hearing", this.today.plusDays(2)));
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.approveClosureDespiteConcerns(this.code,
				this.supervision.overview(this.code).version(), Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT));

		assertThat(asCarol(() -> this.tasks.tasks(this.code))).extracting(Task::cancelledBecause)
			.containsOnly(TaskCancellation.CASE_CLOSED);
		assertThatThrownBy(() -> asCarol(() -> this.tasks.add(this.code, "One more call", this.today)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.contains("task.case-closed"));
	}

	@Test
	void consent_that_ends_on_a_day_raises_a_reminder_thirty_days_before_that_a_renewal_replaces() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenUntil(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today, this.today.plusDays(40))));

		assertThat(consentEnding()).singleElement().satisfies(task -> {
			assertThat(task.dueOn()).isEqualTo(this.today.plusDays(10));
			assertThat(task.subject()).isEqualTo("FOLLOW_UP_CONTACT");
			assertThat(task.assignedTo()).isEqualTo(CAROL);
			assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
		});

		asCarol(() -> this.consent.record(this.code, 1,
				TestConsents.givenUntil(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today, this.today.plusDays(20))));

		assertThat(consentEnding()).extracting(Task::status, Task::cancelledBecause, Task::dueOn)
			.containsExactlyInAnyOrder(
					tuple(TaskStatus.CANCELLED, TaskCancellation.CONSENT_RENEWED, this.today.plusDays(10)),
					tuple(TaskStatus.OPEN, null, this.today));
	}

	@Test
	void withdrawing_a_consent_that_was_ending_cancels_its_reminder() {
		asCarol(() -> this.consent.record(this.code, 0, TestConsents.givenUntil(ConsentPurpose.CASE_MANAGEMENT_SERVICES,
				"", this.today, this.today.plusDays(90))));

		asCarol(() -> this.consent.withdraw(this.code, ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", 1, this.today,
				null));

		assertThat(consentEnding()).singleElement()
			.satisfies(task -> assertThat(task.cancelledBecause()).isEqualTo(TaskCancellation.CONSENT_WITHDRAWN));
	}

	@Test
	void consent_without_an_end_raises_no_reminder() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));

		assertThat(consentEnding()).isEmpty();
	}

	private List<Task> consentEnding() {
		return asCarol(() -> this.tasks.tasks(this.code)).stream()
			.filter(task -> task.kind() == TaskKind.CONSENT_ENDING)
			.toList();
	}

	private void scheduleFollowUp(LocalDate on) {
		asCarol(() -> this.cases.scheduleFollowUp(this.code, this.cases.open(this.code).version(), on));
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

}
