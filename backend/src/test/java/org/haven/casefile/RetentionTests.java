package org.haven.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assistance.AfterCare;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.ErasureReason;
import org.haven.person.PersonCode;
import org.haven.person.PersonErasedException;
import org.haven.person.PersonService;
import org.haven.person.TestIdentities;
import org.haven.platform.Days;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closed cases are not kept for ever: once the retention period (five years) has passed
 * since the closure and the last after-care check of every case of a person, the
 * supervisors are asked, on the erasure requests, to erase the person (identity and free
 * text crypto-shredded, coded parts kept) or to keep the case for a coded reason until a
 * day, after which it is due again. The clock is moved, on the test's thread only.
 */
@IntegrationTest
class RetentionTests {

	static final Duration A_DAY = Duration.ofDays(1);

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	PersonService persons;

	@Autowired
	ConsentLedger consent;

	@Autowired
	AfterCare afterCare;

	@Autowired
	CaseTasks tasks;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_case_with_after_care_is_due_only_once_no_check_is_open_and_the_period_has_passed_since_the_last() {
		CaseCode code = closedWithAfterCare();
		LocalDate closedOn = Days.today(this.clock);

		this.fixtures.retentionReviewedAfter(Duration.ofDays(400));
		assertThat(waitingOn(code)).as("three checks still open").isEmpty();

		LocalDate lastCheckOn = recordEveryCheck(code);
		this.fixtures.retentionReviewedAfter(A_DAY);
		assertThat(waitingOn(code)).as("five years after the closure, not after the last check").isEmpty();

		Duration sinceLastCheck = Duration.between(closedOn.atStartOfDay(), lastCheckOn.atStartOfDay());
		this.fixtures.retentionReviewedAfter(sinceLastCheck.plus(A_DAY.multipliedBy(2)));

		ErasureRequestRecord request = waitingOn(code).orElseThrow();
		assertThat(request.ofRetention()).isTrue();
		assertThat(request.reason()).isEqualTo(ErasureReason.RETENTION_PERIOD_ENDED);
		assertThat(request.requestedBy()).isNull();
		assertThat(request.closedOn()).isEqualTo(closedOn);
		assertThat(request.lastAfterCareOn()).isEqualTo(lastCheckOn);
		assertThat(request.dueSince()).isEqualTo(lastCheckOn.plus(Period.ofYears(5)));
		assertThat(event("RETENTION_REVIEW_DUE", code)).isEqualTo(" due since " + request.dueSince());
	}

	@Test
	void approving_erases_the_identity_and_the_cases_free_text_and_keeps_the_coded_parts() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Kept", "Briefly"));
		PersonCode person = this.fixtures.personOf("carol", code);
		this.fixtures.noteBy("carol", code, "Lives with her aunt near the market", false);
		this.fixtures.closedBy("carol", code, Closure.Outcome.GOALS_ACHIEVED);
		this.fixtures.retentionReviewedAfter(A_DAY);

		sam(() -> {
			this.supervision.approveErasure(waitingOn(code).orElseThrow().id());
			return null;
		});

		assertThatThrownBy(() -> carol(() -> this.persons.revealIdentity(person)))
			.isInstanceOf(PersonErasedException.class);
		assertThat(carol(() -> this.cases.notes(code))).singleElement()
			.satisfies(note -> assertThat(note.unreadable()).isTrue());
		CaseOverview coded = sam(() -> this.supervision.overview(code));
		assertThat(coded.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(coded.closure().closedAt()).isNotNull();
		assertThat(carol(() -> this.persons.summary(person)).erased()).isTrue();
		assertThat(event("ERASURE_APPROVED", code)).isEqualTo("sam RETENTION_PERIOD_ENDED");
		assertThat(this.jdbc.queryForObject("select reason from audit_event where action = 'PERSON_ERASED'"
				+ " and subject_id = ? order by seq desc limit 1", String.class, person.value()))
			.isEqualTo("RETENTION_PERIOD_ENDED");
	}

	@Test
	void a_case_kept_for_a_reason_until_a_day_is_hidden_until_then_and_due_again_after() {
		CaseCode code = closedWithoutAfterCare();
		Duration dueBy = A_DAY;
		this.fixtures.retentionReviewedAfter(dueBy);
		UUID request = waitingOn(code).orElseThrow().id();

		LocalDate keepUntil = laterOn(dueBy, () -> Days.today(this.clock).plusYears(1));
		laterOn(dueBy, () -> sam(() -> {
			this.supervision.keepPastRetention(request, RetentionKeepReason.LEGAL_PROCEEDINGS, keepUntil);
			return null;
		}));

		assertThat(waitingOn(code)).isEmpty();
		assertThat(event("CASE_KEPT_PAST_RETENTION", code)).isEqualTo("sam LEGAL_PROCEEDINGS until " + keepUntil);
		this.fixtures.retentionReviewedAfter(dueBy.plus(Duration.ofDays(360)));
		assertThat(waitingOn(code)).as("kept until " + keepUntil).isEmpty();
		assertThat(carol(() -> this.persons.revealIdentity(this.fixtures.personOf("carol", code)))).isNotNull();

		this.fixtures.retentionReviewedAfter(dueBy.plus(Duration.ofDays(367)));
		assertThat(waitingOn(code)).hasValueSatisfying(again -> assertThat(again.id()).isNotEqualTo(request));
	}

	@Test
	void keeping_needs_a_reason_and_a_day_after_today_within_the_longest_keep_and_bad_input_changes_nothing() {
		CaseCode code = closedWithoutAfterCare();
		this.fixtures.retentionReviewedAfter(A_DAY);
		UUID request = waitingOn(code).orElseThrow().id();
		LocalDate today = Days.today(this.clock);

		assertThat(keepRefused(request, null, null)).containsExactlyInAnyOrder(
				Problem.of("reason", "supervision.retention.keep-reason-required"),
				Problem.of("keepUntil", "supervision.retention.keep-until-required"));
		assertThat(keepRefused(request, RetentionKeepReason.SAFEGUARDING_CONCERN, today))
			.containsExactly(Problem.of("keepUntil", "supervision.retention.keep-until-future"));
		assertThat(keepRefused(request, RetentionKeepReason.SAFEGUARDING_CONCERN, today.plusYears(5).plusDays(1)))
			.containsExactly(Problem.of("keepUntil", "supervision.retention.keep-until-too-far", today.plusYears(5)));
		assertThatThrownBy(() -> sam(() -> {
			this.supervision.refuseErasure(request);
			return null;
		})).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
					.containsExactly("supervision.retention.erase-or-keep"));

		assertThat(waitingOn(code)).hasValueSatisfying(still -> assertThat(still.id()).isEqualTo(request));
		assertThat(this.jdbc.queryForObject(
				"select decision is null and keep_until is null from erasure_request" + " where id = ?", Boolean.class,
				request))
			.isTrue();
	}

	@Test
	void a_person_with_another_case_still_open_waits_until_every_case_of_theirs_is_due() {
		CaseCode first = closedWithoutAfterCare();
		CaseCode second = this.fixtures.samePersonAs("carol", first);

		this.fixtures.retentionReviewedAfter(A_DAY);
		assertThat(waitingOn(first)).isEmpty();
		assertThat(waitingOn(second)).isEmpty();

		this.fixtures.closedBy("carol", second, Closure.Outcome.REFERRED_ELSEWHERE);
		this.fixtures.retentionReviewedAfter(A_DAY);
		assertThat(waitingOn(first)).isEmpty();
		assertThat(waitingOn(second)).as("one request for the person, on the case due last").isPresent();
	}

	@Test
	void nobody_decides_the_retention_of_a_case_they_work_on_nor_gives_its_reason_as_a_caseworker() {
		CaseCode code = closedWithoutAfterCare();
		this.fixtures.retentionReviewedAfter(A_DAY);
		UUID request = waitingOn(code).orElseThrow().id();

		assertThatThrownBy(() -> TestSecurity.as("carol", "SUPERVISOR", () -> {
			this.supervision.keepPastRetention(request, RetentionKeepReason.AUDIT_OR_INSPECTION,
					Days.today(this.clock).plusMonths(6));
			return null;
		})).isInstanceOf(ActionRefused.class);
		CaseCode open = this.fixtures.takenInBy("carol", TestIdentities.named("Asks", "Wrongly"));
		assertThatThrownBy(() -> carol(() -> this.cases.requestErasure(open, ErasureReason.RETENTION_PERIOD_ENDED)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("reason"));
		assertThat(waitingOn(code)).isPresent();
	}

	@Test
	void the_database_refuses_a_retention_request_refused_a_caseworkers_request_kept_or_one_without_an_asker() {
		CaseCode code = closedWithoutAfterCare();
		this.fixtures.retentionReviewedAfter(A_DAY);
		UUID request = waitingOn(code).orElseThrow().id();
		CaseCode asked = this.fixtures.takenInBy("carol", TestIdentities.named("Asked", "Properly"));
		this.fixtures.erasureAskedBy("carol", asked, ErasureReason.PERSON_ASKED);
		UUID caseworkers = this.fixtures.waitingErasure("sam", asked);

		assertThatThrownBy(() -> this.jdbc.update("""
				update erasure_request set decision = 'REFUSED', decided_by = gen_random_uuid(), decided_at = now()
				where id = ?""", request)).rootCause().hasMessageContaining("erasure_request_retention_erased_or_kept");
		assertThatThrownBy(() -> this.jdbc.update("""
				update erasure_request set decision = 'KEPT', decided_by = gen_random_uuid(), decided_at = now(),
				keep_reason = 'LEGAL_PROCEEDINGS', keep_until = current_date + 1 where id = ?""", caseworkers))
			.rootCause()
			.hasMessageContaining("erasure_request_only_retention_kept");
		assertThatThrownBy(() -> this.jdbc.update("""
				update erasure_request set decision = 'KEPT', decided_by = gen_random_uuid(), decided_at = now()
				where id = ?""", request)).rootCause().hasMessageContaining("erasure_request_kept_says_why_and_until");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into erasure_request (id, case_id, person_code, reason, requested_at)
				select gen_random_uuid(), id, person_code, 'PERSON_ASKED', now() from case_file where code = ?""",
				code.value()))
			.rootCause()
			.hasMessageContaining("erasure_request_asked_by_someone_unless_retention");
	}

	private CaseCode closedWithoutAfterCare() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Closed", "Long Ago"));
		this.fixtures.closedBy("carol", code, Closure.Outcome.GOALS_ACHIEVED);
		return code;
	}

	/** Closed from reintegration with consent to follow-up contact: three checks open. */
	private CaseCode closedWithAfterCare() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("After", "Care"));
		for (CaseStatus next : List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP)) {
			carol(() -> this.cases.advance(code, this.cases.open(code).version(), next));
		}
		carol(() -> this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", Days.today(this.clock))));
		this.fixtures.closedBy("carol", code, Closure.Outcome.GOALS_ACHIEVED);
		assertThat(afterCareChecks(code)).hasSize(3);
		return code;
	}

	/** Records each after-care check on its day; returns the day of the last. */
	private LocalDate recordEveryCheck(CaseCode code) {
		LocalDate today = Days.today(this.clock);
		LocalDate last = today;
		for (Task check : afterCareChecks(code)) {
			Duration until = Duration.between(today.atStartOfDay(), check.dueOn().atStartOfDay());
			this.clock.after(until,
					() -> carol(() -> this.afterCare.record(code, check.id(), check.version(),
							new NewAfterCareCheck(check.dueOn(), true, ContactChannel.PHONE, SafetyNow.SAFE,
									ScreenAnswer.NO, ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null))));
			last = check.dueOn().isAfter(last) ? check.dueOn() : last;
		}
		return last;
	}

	private List<Task> afterCareChecks(CaseCode code) {
		return carol(() -> this.tasks.tasks(code)).stream()
			.filter(task -> task.kind() == TaskKind.AFTER_CARE_CHECK)
			.toList();
	}

	private Optional<ErasureRequestRecord> waitingOn(CaseCode code) {
		return sam(() -> this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent()).stream()
			.filter(request -> request.code().equals(code))
			.findFirst();
	}

	private List<Problem> keepRefused(UUID request, RetentionKeepReason reason, LocalDate keepUntil) {
		try {
			sam(() -> {
				this.supervision.keepPastRetention(request, reason, keepUntil);
				return null;
			});
		}
		catch (InvalidInputException refused) {
			return refused.problems();
		}
		throw new AssertionError("keeping was not refused");
	}

	/**
	 * Who did it and why, of the latest event of that action on that case; no one for the
	 * review itself.
	 */
	private String event(String action, CaseCode code) {
		return this.jdbc.queryForObject("""
				select coalesce(actor_username, '') || ' ' || reason from audit_event
				where action = ? and subject_id = ? order by seq desc limit 1""", String.class, action, code.value());
	}

	/** As if the retention period and {@code later} had passed. */
	private <T> T laterOn(Duration later, Supplier<T> step) {
		return this.fixtures.afterRetentionPeriod(later, step);
	}

	private static <T> T carol(Supplier<T> work) {
		return TestSecurity.as("carol", "CASEWORKER", work);
	}

	private static <T> T sam(Supplier<T> work) {
		return TestSecurity.as("sam", "SUPERVISOR", work);
	}

}
