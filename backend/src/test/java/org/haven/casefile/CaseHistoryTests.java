package org.haven.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assistance.CarePlans;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.Goal;
import org.haven.assistance.NewService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.CaseDetails.Part;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The case history names the parts other modules keep (consent, care plan, services,
 * tasks) beside the case's own, oldest first, by whom; what one transaction changed reads
 * as one entry; never what changed.
 */
@IntegrationTest
class CaseHistoryTests {

	static final String CAROL = "carol";

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CarePlans plans;

	@Autowired
	CaseTasks tasks;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	SqlAttacker attacker;

	@Autowired
	JdbcTemplate jdbc;

	CaseCode code;

	LocalDate today;

	@BeforeEach
	void aCaseOfCarolsWithANeed() {
		this.code = this.fixtures.takenInBy(CAROL, TestIdentities.named("Case", "History"));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
		asCarol(() -> this.cases.changeNeeds(this.code, this.cases.open(this.code).version(),
				new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.MEDIUM)));
	}

	@Test
	void the_history_names_consent_care_plan_services_and_tasks_oldest_first_with_who_made_each_change() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", this.today)));
		Goal goal = asCarol(() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "A safe place to stay", true));
		asCarol(() -> this.plans.addService(this.code, goal.id(), new NewService("SAFE_ACCOMMODATION",
				ProvidedBy.PARTNER, "Harbour House", this.today, this.today.plusDays(7))));
		asCarol(() -> this.tasks.add(this.code, "Call the shelter", this.today.plusDays(2)));

		assertThat(history()).extracting(CaseChange::by, CaseChange::opening, CaseChange::parts)
			.containsExactly(tuple(CAROL, true, List.of(Part.CONSENT)), tuple(CAROL, false, List.of(Part.NEEDS)),
					tuple(CAROL, false, List.of(Part.CONSENT)), tuple(CAROL, false, List.of(Part.CARE_PLAN)),
					tuple(CAROL, false, List.of(Part.SERVICES)), tuple(CAROL, false, List.of(Part.TASKS)));
		assertThat(history()).extracting(CaseChange::at).isSorted();
	}

	@Test
	void a_closure_that_cancels_the_open_tasks_is_one_entry_by_the_supervisor_who_approved_it() {
		asCarol(() -> this.tasks.add(this.code, "Call the shelter", this.today.plusDays(2)));
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		long version = TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(this.code)).version();
		TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.approveClosureDespiteConcerns(this.code, version,
				Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT));

		assertThat(history()).filteredOn(change -> "sam".equals(change.by()))
			.singleElement()
			.satisfies(closure -> assertThat(closure.parts()).contains(Part.STATUS, Part.TASKS));
	}

	@Test
	void a_withdrawal_of_consent_and_the_task_it_raises_are_one_entry() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
		asCarol(() -> this.consent.withdraw(this.code, ConsentPurpose.FOLLOW_UP_CONTACT, "", 1, this.today,
				"No more calls"));

		assertThat(history().getLast()).extracting(CaseChange::by, CaseChange::parts)
			.containsExactly(CAROL, List.of(Part.CONSENT, Part.TASKS));
	}

	@Test
	void a_consent_row_written_outside_haven_is_no_change_of_the_history_and_is_reported() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
		List<CaseChange> before = history();
		UUID caseId = this.jdbc.queryForObject("select id from case_file where code = ?", UUID.class,
				this.code.value());
		long seq = this.attacker.lastAuditSeq();

		this.attacker.insertCopy("consent_record", Map.of("id", UUID.randomUUID(), "version", 2),
				"case_id = ? and purpose = 'FOLLOW_UP_CONTACT'", caseId);

		assertThat(history()).isEqualTo(before);
		assertThat(this.attacker.findingsSince(seq, "consent-record", this.code.value())).isEqualTo(1);
	}

	@Test
	void reading_the_history_records_nothing_more_in_the_audit_trail_than_the_case_alone_did() {
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", this.today)));
		asCarol(() -> this.tasks.add(this.code, "Call the shelter", this.today.plusDays(2)));
		long before = this.attacker.lastAuditSeq();

		history();

		assertThat(this.jdbc.queryForList("select action from audit_event where seq > ? and subject_id = ?",
				String.class, before, this.code.value()))
			.isEmpty();
	}

	@Test
	void a_caseworker_without_access_to_the_case_finds_no_history_and_the_refusal_is_recorded() {
		long before = this.attacker.lastAuditSeq();

		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER", () -> this.cases.history(this.code)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jdbc.queryForList(
				"select reason from audit_event where seq > ? and subject_id = ? and action = 'ACCESS_REFUSED'",
				String.class, before, this.code.value()))
			.containsExactly("case:history");
	}

	private List<CaseChange> history() {
		return asCarol(() -> this.cases.history(this.code));
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

}
