package org.haven.assistance;

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
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
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
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
class AfterCareTests {

	static final String CAROL = "carol";

	@Autowired
	AfterCare afterCare;

	@Autowired
	CaseTasks tasks;

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
	void aCaseInReintegrationFollowUp() {
		this.code = this.fixtures.takenInBy(CAROL, TestIdentities.named("After", "Care"));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		for (CaseStatus next : List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP)) {
			asCarol(() -> this.cases.advance(this.code, this.cases.open(this.code).version(), next));
		}
	}

	@Test
	void a_case_closed_with_reintegration_and_live_consent_to_follow_up_contact_gets_its_after_care_checks() {
		consentToFollowUpContact();

		close();

		assertThat(afterCareTasks()).extracting(Task::dueOn, Task::assignedTo, Task::status)
			.containsExactlyInAnyOrder(tuple(this.today.plusMonths(3), CAROL, TaskStatus.OPEN),
					tuple(this.today.plusMonths(6), CAROL, TaskStatus.OPEN),
					tuple(this.today.plusMonths(12), CAROL, TaskStatus.OPEN));
		assertThat(asCarol(() -> this.cases.open(this.code)).status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void without_consent_to_follow_up_contact_a_closed_case_gets_no_after_care() {
		close();

		assertThat(afterCareTasks()).isEmpty();
	}

	@Test
	void a_check_that_finds_risk_says_so_and_the_case_can_be_reopened_for_that_reason() {
		consentToFollowUpContact();
		close();
		Task first = afterCareTasks().stream().min((a, b) -> a.dueOn().compareTo(b.dueOn())).orElseThrow();

		AfterCareCheck check = asCarol(() -> this.afterCare.record(this.code, first.id(), first.version(),
				new NewAfterCareCheck(this.today, true, ContactChannel.PHONE, SafetyNow.CONCERNS, ScreenAnswer.YES,
						ScreenAnswer.NO, ScreenAnswer.DECLINED, List.of("LIVELIHOOD_AND_EMPLOYMENT"),
						"Offered work abroad by an old contact")));

		assertThat(check.riskFound()).isTrue();
		assertThat(check.check().servicesStillNeeded()).containsExactly("LIVELIHOOD_AND_EMPLOYMENT");
		assertThat(afterCareTasks()).filteredOn(task -> task.id().equals(first.id()))
			.singleElement()
			.satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.DONE));
		assertThat(asCarol(() -> this.afterCare.checks(this.code))).singleElement()
			.satisfies(recorded -> assertThat(recorded.check().notes())
				.isEqualTo("Offered work abroad by an old contact"));
		assertThat(this.jdbc.queryForList("select encode(notes, 'escape') from after_care_check where id = ?",
				String.class, check.id()))
			.singleElement()
			.satisfies(raw -> assertThat(raw).doesNotContain("abroad"));

		asCarol(() -> this.cases.reopen(this.code, this.cases.open(this.code).version(),
				Closure.ReopenReason.RISK_OF_RE_TRAFFICKING));
		assertThat(asCarol(() -> this.cases.open(this.code)).status()).isNotEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void withdrawing_consent_to_follow_up_contact_cancels_the_after_care_and_no_check_may_be_recorded() {
		consentToFollowUpContact();
		close();
		Task first = afterCareTasks().getFirst();

		asCarol(() -> this.consent.withdraw(this.code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, this.today, null));

		assertThat(afterCareTasks()).extracting(Task::cancelledBecause)
			.containsOnly(TaskCancellation.CONSENT_WITHDRAWN);
		assertThatThrownBy(() -> asCarol(() -> this.afterCare.record(this.code, first.id(), first.version(),
				new NewAfterCareCheck(this.today, false, null, SafetyNow.NOT_KNOWN, ScreenAnswer.DECLINED,
						ScreenAnswer.DECLINED, ScreenAnswer.DECLINED, List.of(), null))))
			.isInstanceOf(ConsentRequired.class);
	}

	@Test
	void a_follow_up_contact_of_the_open_case_answers_its_follow_up_task() {
		consentToFollowUpContact();
		asCarol(() -> this.cases.scheduleFollowUp(this.code, this.cases.open(this.code).version(), this.today));
		Task followUp = tasksOf(TaskKind.FOLLOW_UP).getFirst();

		AfterCareCheck contact = asCarol(() -> this.afterCare.record(this.code, followUp.id(), followUp.version(),
				new NewAfterCareCheck(this.today, false, ContactChannel.PHONE, SafetyNow.NOT_KNOWN,
						ScreenAnswer.DECLINED, ScreenAnswer.DECLINED, ScreenAnswer.DECLINED, List.of(),
						"No answer; try the shelter")));

		assertThat(contact.kind()).isEqualTo(ContactKind.FOLLOW_UP);
		assertThat(tasksOf(TaskKind.FOLLOW_UP)).singleElement()
			.satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.DONE));
		assertThat(asCarol(() -> this.afterCare.checks(this.code))).singleElement()
			.satisfies(recorded -> assertThat(recorded.check().contactMade()).isFalse());
	}

	@Test
	void an_unplanned_follow_up_contact_is_recorded_on_an_open_case_and_refused_once_it_is_closed() {
		consentToFollowUpContact();

		AfterCareCheck contact = asCarol(() -> this.afterCare.recordFollowUp(this.code,
				new NewAfterCareCheck(this.today, true, ContactChannel.IN_PERSON, SafetyNow.SAFE, ScreenAnswer.NO,
						ScreenAnswer.NO, ScreenAnswer.NO, List.of("LEGAL_ASSISTANCE"), null)));

		assertThat(contact.kind()).isEqualTo(ContactKind.FOLLOW_UP);
		assertThat(contact.riskFound()).isFalse();
		close();
		assertThatThrownBy(() -> asCarol(() -> this.afterCare.recordFollowUp(this.code,
				new NewAfterCareCheck(this.today, true, ContactChannel.IN_PERSON, SafetyNow.SAFE, ScreenAnswer.NO,
						ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("follow-up.case-closed"));
	}

	@Test
	void a_follow_up_contact_needs_live_consent_to_follow_up_contact_and_complete_answers() {
		assertThatThrownBy(
				() -> asCarol(() -> this.afterCare.recordFollowUp(this.code,
						new NewAfterCareCheck(this.today, true, ContactChannel.PHONE, SafetyNow.SAFE, ScreenAnswer.NO,
								ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null))))
			.isInstanceOf(ConsentRequired.class);
		consentToFollowUpContact();

		assertThatThrownBy(() -> asCarol(() -> this.afterCare.recordFollowUp(this.code,
				new NewAfterCareCheck(this.today.plusDays(1), true, null, null, ScreenAnswer.NO, null, ScreenAnswer.NO,
						List.of("NO_SUCH_SERVICE"), null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field)
						.containsExactlyInAnyOrder("checkedOn", "channel", "safetyNow", "pressedAboutDebt",
								"servicesStillNeeded"));
		assertThat(asCarol(() -> this.afterCare.checks(this.code))).isEmpty();
	}

	private List<Task> tasksOf(TaskKind kind) {
		return asCarol(() -> this.tasks.tasks(this.code)).stream().filter(task -> task.kind() == kind).toList();
	}

	private void consentToFollowUpContact() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
	}

	private void close() {
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.approveClosureDespiteConcerns(this.code,
				this.supervision.overview(this.code).version(), Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT));
	}

	private List<Task> afterCareTasks() {
		return asCarol(() -> this.tasks.tasks(this.code)).stream()
			.filter(task -> task.kind() == TaskKind.AFTER_CARE_CHECK)
			.toList();
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

}
