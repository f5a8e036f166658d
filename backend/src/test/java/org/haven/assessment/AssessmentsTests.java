package org.haven.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assistance.AfterCare;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.CarePlans;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactChannel;
import org.haven.assistance.NewAfterCareCheck;
import org.haven.assistance.SafetyNow;
import org.haven.assistance.ScreenAnswer;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.assistance.TaskStatus;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.casefile.ClosureConcern;
import org.haven.casefile.Needs;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
public class AssessmentsTests {

	static final String CAROL = "carol";

	public static final InstrumentVersion OUTCOMES_1 = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES,
			1);

	static final InstrumentVersion SCREEN_1 = new InstrumentVersion(InstrumentVersion.RE_TRAFFICKING_SCREEN, 1);

	public static final List<String> DOMAINS = List.of("SAFETY", "GENDER_RELATED_RISK", "PHYSICAL_HEALTH",
			"MENTAL_AND_EMOTIONAL_WELLBEING", "SHELTER_AND_BASIC_NEEDS", "ECONOMIC", "SOCIAL_CONNECTIONS",
			"LEGAL_AND_JUSTICE", "HOUSEHOLD_RISK", "COMMUNITY_RISK");

	@Autowired
	Assessments assessments;

	@Autowired
	Instruments instruments;

	@Autowired
	AssessmentPairs pairs;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CarePlans plans;

	@Autowired
	ConsentLedger consent;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AfterCare afterCare;

	@Autowired
	CaseTasks tasks;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SqlAttacker attacker;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	CaseCode code;

	LocalDate today;

	@BeforeEach
	void aCaseWithConsentToCaseManagement() {
		this.code = caseOf(this.fixtures.takenInBy(CAROL, TestIdentities.named("Assessed", "Person")));
		this.today = LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

	@Test
	void the_shipped_instruments_have_ten_domains_defined_in_six_languages_and_a_screen_with_its_rule() {
		List<Instrument> published = asCarol(() -> this.instruments.published());
		Instrument outcomes = published.stream()
			.filter(found -> found.id().equals(OUTCOMES_1))
			.findFirst()
			.orElseThrow();
		Instrument screen = published.stream().filter(found -> found.id().equals(SCREEN_1)).findFirst().orElseThrow();

		assertThat(outcomes.items()).extracting(Instrument.Item::code).containsExactlyElementsOf(DOMAINS);
		for (Instrument.Item domain : outcomes.items()) {
			for (String language : List.of("en", "ar", "zh", "fr", "ru", "es")) {
				assertThat(domain.texts().get(Instrument.LABEL)).as(domain.code()).containsKey(language);
				for (int score = 1; score <= 4; score++) {
					assertThat(domain.texts().get(Instrument.Item.scoreKey(score))).as(domain.code() + " " + score)
						.containsKey(language);
				}
			}
		}
		assertThat(screen.kind()).isEqualTo(InstrumentKind.SCREEN);
		assertThat(screen.rule()).isNotNull();
		assertThat(screen.label("fr")).isEqualTo("Dépistage du risque de nouvelle traite");
	}

	@Test
	void a_baseline_then_a_review_are_read_back_with_each_score_beside_the_previous_and_the_reasons_encrypted() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 2)));
		Map<String, ItemAnswer> review = scoredAll(3);
		review.put("GENDER_RELATED_RISK", ItemAnswer.declined(null));
		asCarol(() -> this.assessments.record(this.code,
				new NewAdministration(OUTCOMES_1, AdministrationKind.REVIEW, this.today, RiskLevel.LOW, review)));

		List<Administration> read = asCarol(() -> this.assessments.administrations(this.code));

		assertThat(read).extracting(Administration::kind)
			.containsExactly(AdministrationKind.BASELINE, AdministrationKind.REVIEW);
		Administration latest = read.getLast();
		assertThat(latest.answer("SAFETY")).get()
			.extracting(Administration.Answered::score, Administration.Answered::previousScore,
					Administration.Answered::reason)
			.containsExactly(3, 2, "Reason for SAFETY");
		assertThat(latest.genderRelatedRisk()).get().satisfies(gender -> {
			assertThat(gender.response()).isEqualTo(Response.DECLINED);
			assertThat(gender.score()).as("declined is not a score").isNull();
			assertThat(gender.previousScore()).isEqualTo(2);
		});
		assertThat(latest.otherAnswers()).extracting(Administration.Answered::item)
			.doesNotContain("GENDER_RELATED_RISK")
			.hasSize(9);
		List<byte[]> stored = this.jdbc.queryForList("""
				select n.reason from assessment_answer n join assessment_administration a on a.id = n.administration_id
				join case_file c on c.id = a.case_id where c.code = ? and n.reason is not null""", byte[].class,
				this.code.value());
		assertThat(stored).isNotEmpty()
			.allSatisfy(reason -> assertThat(new String(reason)).doesNotContain("Reason for"));
		assertThat(actionsOf(this.code)).contains("ASSESSMENT_RECORDED", "ASSESSMENTS_READ");
	}

	@Test
	void a_screen_yields_the_rules_risk_which_the_caseworker_may_raise() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 3)));
		Administration screened = asCarol(() -> this.assessments.record(this.code,
				new NewAdministration(SCREEN_1, AdministrationKind.BASELINE, this.today, RiskLevel.IMMEDIATE_DANGER,
						Map.of("CONTACTED_BY_TRAFFICKERS", ItemAnswer.no(), "PRESSED_ABOUT_DEBT", ItemAnswer.yes(),
								"APPROACHED_WITH_WORK_OR_TRAVEL", ItemAnswer.no(), "UNSAFE_WHERE_LIVING",
								ItemAnswer.declined(null), "NO_SAFE_INCOME", ItemAnswer.no()))));

		assertThat(screened.screenRisk()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(screened.overallRisk()).isEqualTo(RiskLevel.IMMEDIATE_DANGER);
	}

	@Test
	void bad_input_is_refused_field_by_field_and_nothing_is_half_saved() {
		InvalidInputException endlineFirst = catchThrowableOfType(InvalidInputException.class, () -> asCarol(
				() -> this.assessments.record(this.code, outcomes(AdministrationKind.ENDLINE, this.today, 3))));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 3)));
		InvalidInputException secondBaseline = catchThrowableOfType(InvalidInputException.class, () -> asCarol(
				() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 3))));
		Map<String, ItemAnswer> outOfRange = scoredAll(3);
		outOfRange.put("ECONOMIC", ItemAnswer.scored(7, "Too high"));
		InvalidInputException badScore = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code, new NewAdministration(OUTCOMES_1,
						AdministrationKind.REVIEW, this.today, RiskLevel.LOW, outOfRange))));
		InvalidInputException unknownVersion = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code,
						new NewAdministration(new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 99),
								AdministrationKind.REVIEW, this.today, RiskLevel.LOW, scoredAll(3)))));

		assertThat(endlineFirst.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("kind", "assessment.kind.before-baseline"));
		assertThat(secondBaseline.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("kind", "assessment.kind.second-baseline"));
		assertThat(badScore.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("answer:ECONOMIC", "assessment.score.out-of-range"));
		assertThat(unknownVersion.problems()).extracting(Problem::field).contains("instrument");
		assertThat(asCarol(() -> this.assessments.administrations(this.code))).hasSize(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from assessment_answer n join assessment_administration a on a.id = n.administration_id
				join case_file c on c.id = a.case_id where c.code = ?""", Integer.class, this.code.value()))
			.isEqualTo(10);
	}

	@Test
	void publishing_version_2_leaves_version_1_administrations_unchanged_and_pairs_never_cross_versions() {
		CaseCode second = caseOf(this.fixtures.samePersonAs(CAROL, this.code));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 1)));
		List<Administration> before = asCarol(() -> this.assessments.administrations(this.code));
		InstrumentVersion next = publishedNextVersion("Safety and protection");

		asCarol(() -> this.assessments.record(this.code, outcomesOf(next, AdministrationKind.ENDLINE, this.today, 4)));
		asCarol(() -> this.assessments.record(second, outcomesOf(next, AdministrationKind.BASELINE, this.today, 2)));
		asCarol(() -> this.assessments.record(second, outcomesOf(next, AdministrationKind.ENDLINE, this.today, 3)));

		assertThat(asCarol(() -> this.assessments.administrations(this.code)).getFirst()).isEqualTo(before.getFirst());
		Instrument first = asCarol(() -> this.instruments.published()).stream()
			.filter(found -> found.id().equals(OUTCOMES_1))
			.findFirst()
			.orElseThrow();
		assertThat(first.items().getFirst().label("en")).isEqualTo("Safety");
		String person = this.jdbc.queryForObject("select person_code from case_file where code = ?", String.class,
				this.code.value());
		VersionPairs onFirst = TestSecurity.as("sam", "SUPERVISOR", () -> this.pairs.pairs(OUTCOMES_1));
		VersionPairs onNext = TestSecurity.as("sam", "SUPERVISOR", () -> this.pairs.pairs(next));
		assertThat(onFirst.pairs()).as("a v1 baseline never pairs with a v2 endline")
			.noneMatch(pair -> pair.person().value().equals(person));
		assertThat(onNext.pairs()).filteredOn(pair -> pair.person().value().equals(person))
			.singleElement()
			.satisfies(pair -> {
				assertThat(pair.baseline().get("SAFETY").score()).as("the second case's v2 baseline").isEqualTo(2);
				assertThat(pair.endline().get("SAFETY").score()).isEqualTo(3);
			});
	}

	@Test
	void the_database_refuses_to_change_or_remove_a_published_version() {
		assertThatThrownBy(() -> this.attacker.sql(
				"update assessment_text set text = 'Changed' where instrument_code = ? and instrument_version = 1",
				InstrumentVersion.REINTEGRATION_OUTCOMES))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.attacker.sql(
				"delete from assessment_item where instrument_code = ? and instrument_version = 1",
				InstrumentVersion.REINTEGRATION_OUTCOMES))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.attacker.sql("update assessment_answer set score = 4")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void a_retired_version_takes_no_new_administration() {
		InstrumentVersion next = publishedNextVersion("Safety");
		TestSecurity.asAdministrator(() -> {
			this.instruments.retire(next);
			return null;
		});

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code,
						outcomesOf(next, AdministrationKind.BASELINE, this.today, 3))));

		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("instrument", "assessment.instrument.retired"));
	}

	@Test
	void a_closure_without_an_endline_is_flagged_to_the_supervisor_who_approves_only_with_a_reason() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 3)));
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.CONTACT_LOST));

		assertThat(approvedOnlyWith(Closure.ConcernsOverridden.CONTACT_LOST, ClosureConcern.ENDLINE_MISSING))
			.isEqualTo("ENDLINE_MISSING CONTACT_LOST");
		assertThat(asSam(() -> this.supervision.overview(this.code)).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(actionsOf(this.code)).contains("CASE_CLOSURE_CONCERNS_OVERRIDDEN");
	}

	@Test
	void a_closure_of_a_case_never_assessed_is_flagged_for_its_missing_baseline() {
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.PERSON_WITHDREW));

		assertThat(approvedOnlyWith(Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT,
				ClosureConcern.BASELINE_MISSING))
			.isEqualTo("BASELINE_MISSING PERSON_DECLINED_ASSESSMENT");
		assertThat(asSam(() -> this.supervision.overview(this.code)).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(actionsOf(this.code)).contains("CASE_CLOSURE_CONCERNS_OVERRIDDEN");
	}

	@Test
	void two_caseworkers_recording_a_baseline_at_once_get_one_baseline_and_the_second_a_field_problem()
			throws Exception {
		CountDownLatch firstWritten = new CountDownLatch(1);
		CountDownLatch secondWaiting = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<Administration> first = callers.submit(() -> asCarol(() -> this.transactions.execute(status -> {
				Administration recorded = this.assessments.record(this.code,
						outcomes(AdministrationKind.BASELINE, this.today, 2));
				firstWritten.countDown();
				awaitOrFail(secondWaiting);
				return recorded;
			})));
			awaitOrFail(firstWritten);
			Future<Administration> second = callers.submit(() -> asCarol(
					() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 4))));
			awaitBlockedOnTheBaselineIndex();
			secondWaiting.countDown();

			assertThat(first.get(30, TimeUnit.SECONDS).kind()).isEqualTo(AdministrationKind.BASELINE);
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
				.isInstanceOfSatisfying(InvalidInputException.class,
						refused -> assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
							.containsExactly(tuple("kind", "assessment.kind.second-baseline")));
		}
		finally {
			secondWaiting.countDown();
			callers.shutdownNow();
		}
		assertThat(asCarol(() -> this.assessments.administrations(this.code))).singleElement()
			.satisfies(baseline -> assertThat(baseline.answer("SAFETY").orElseThrow().score()).isEqualTo(2));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from assessment_answer n join assessment_administration a on a.id = n.administration_id
				join case_file c on c.id = a.case_id where c.code = ?""", Integer.class, this.code.value()))
			.as("nothing of the second is half-saved")
			.isEqualTo(10);
	}

	@Test
	void after_closure_an_administration_is_recorded_at_an_after_care_check_of_the_case_once_per_instrument() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 2)));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.ENDLINE, this.today, 3)));
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", this.today)));
		AfterCareCheck followUp = asCarol(() -> this.afterCare.recordFollowUp(this.code, contact()));
		closedWithReintegration();
		Task firstCheck = asCarol(() -> this.tasks.tasks(this.code)).stream()
			.filter(task -> task.kind() == TaskKind.AFTER_CARE_CHECK)
			.min(Comparator.comparing(Task::dueOn))
			.orElseThrow();

		InvalidInputException withoutCheck = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code, postClosure(null))));
		InvalidInputException notAnAfterCareCheck = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code, postClosure(followUp.id()))));
		AfterCareCheck check = asCarol(
				() -> this.afterCare.record(this.code, firstCheck.id(), firstCheck.version(), contact()));
		Administration atCheck = asCarol(() -> this.assessments.record(this.code, postClosure(check.id())));
		InvalidInputException again = catchThrowableOfType(InvalidInputException.class,
				() -> asCarol(() -> this.assessments.record(this.code, postClosure(check.id()))));

		assertThat(withoutCheck.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.required"));
		assertThat(notAnAfterCareCheck.problems()).extracting(Problem::field, Problem::messageKey)
			.as("a follow-up contact of the open case is no after-care check")
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.unknown"));
		assertThat(again.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.already-assessed"));
		assertThat(atCheck.afterCareCheck()).isEqualTo(check.id());
		assertThat(asCarol(() -> this.assessments.administrations(this.code)))
			.extracting(Administration::kind, Administration::afterCareCheck)
			.containsExactly(tuple(AdministrationKind.BASELINE, null), tuple(AdministrationKind.ENDLINE, null),
					tuple(AdministrationKind.POST_CLOSURE, check.id()));
		assertThat(asCarol(() -> this.tasks.tasks(this.code))).filteredOn(task -> task.id().equals(firstCheck.id()))
			.singleElement()
			.as("the check answered its task")
			.satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.DONE));
	}

	@Test
	void a_case_closed_without_after_care_takes_an_administration_after_closure_at_no_check() {
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 2)));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.ENDLINE, this.today, 3)));
		this.fixtures.closedBy(CAROL, this.code, Closure.Outcome.GOALS_ACHIEVED);

		assertThat(asCarol(() -> this.assessments.record(this.code, postClosure(null))).afterCareCheck()).isNull();
	}

	@Test
	void a_domain_critical_at_the_endline_is_flagged_until_a_goal_addresses_one_of_its_needs() {
		asCarol(() -> this.cases.changeNeeds(this.code, this.cases.open(this.code).version(),
				new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.LOW)));
		asCarol(() -> this.assessments.record(this.code, outcomes(AdministrationKind.BASELINE, this.today, 2)));
		Map<String, ItemAnswer> endline = scoredAll(3);
		endline.put("SHELTER_AND_BASIC_NEEDS", ItemAnswer.scored(1, "Sleeping at a friend's"));
		asCarol(() -> this.assessments.record(this.code,
				new NewAdministration(OUTCOMES_1, AdministrationKind.ENDLINE, this.today, RiskLevel.MEDIUM, endline)));

		assertThat(asSam(() -> this.supervision.closureConcerns(this.code)))
			.containsExactly(ClosureConcern.LOW_SCORE_WITHOUT_GOAL);
		asCarol(() -> this.plans.addGoal(this.code, "SAFE_SHELTER", "A room of her own", true));
		assertThat(asSam(() -> this.supervision.closureConcerns(this.code))).isEmpty();
	}

	/**
	 * The supervisor finds the closure request flagged for exactly these concerns, is
	 * refused a plain approval, and approves it for the reason; returns the override as
	 * recorded: its concerns and its reason.
	 */
	private String approvedOnlyWith(Closure.ConcernsOverridden reason, ClosureConcern... concerns) {
		assertThat(asSam(() -> this.supervision.closureConcerns(this.code))).containsExactly(concerns);
		InvalidInputException withoutReason = catchThrowableOfType(InvalidInputException.class, () -> asSam(
				() -> this.supervision.approveClosure(this.code, this.supervision.overview(this.code).version())));
		assertThat(withoutReason.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("reason", "supervision.closure.concerns-need-reason"));
		asSam(() -> this.supervision.approveClosureDespiteConcerns(this.code,
				this.supervision.overview(this.code).version(), reason));
		return this.jdbc.queryForObject("""
				select o.concerns || ' ' || o.reason from case_closure_override o join case_file c on c.id = o.case_id
				where c.code = ?""", String.class, this.code.value());
	}

	/**
	 * The case advances to reintegration follow-up, and its closure is approved: with
	 * consent to follow-up contact, its after-care checks are scheduled.
	 */
	private void closedWithReintegration() {
		for (CaseStatus next : List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP)) {
			asCarol(() -> this.cases.advance(this.code, this.cases.open(this.code).version(), next));
		}
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		asSam(() -> this.supervision.approveClosure(this.code, this.supervision.overview(this.code).version()));
	}

	private NewAdministration postClosure(UUID afterCareCheck) {
		return new NewAdministration(OUTCOMES_1, AdministrationKind.POST_CLOSURE, this.today, RiskLevel.LOW,
				scoredAll(4), afterCareCheck);
	}

	private NewAfterCareCheck contact() {
		return new NewAfterCareCheck(this.today, true, ContactChannel.PHONE, SafetyNow.SAFE, ScreenAnswer.NO,
				ScreenAnswer.NO, ScreenAnswer.NO, List.of(), null);
	}

	/**
	 * Until the second caseworker's insert waits on the first's uncommitted baseline,
	 * having passed the check that found none.
	 */
	private void awaitBlockedOnTheBaselineIndex() throws InterruptedException {
		for (int tries = 0; tries < 300; tries++) {
			Integer waiting = this.jdbc.queryForObject("""
					select count(*) from pg_stat_activity where wait_event_type = 'Lock'
					and query ilike 'insert into assessment_administration%'""", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(100);
		}
		fail("the second baseline never waited on the first");
	}

	private static void awaitOrFail(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("in time").isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/**
	 * An administrator drafts the next version of the outcomes, relabels its first domain
	 * and publishes it.
	 */
	private InstrumentVersion publishedNextVersion(String safetyLabel) {
		return TestSecurity.asAdministrator(() -> {
			Instrument draft = this.instruments.startDraft(InstrumentVersion.REINTEGRATION_OUTCOMES);
			this.instruments.editDraft(InstrumentVersion.REINTEGRATION_OUTCOMES, "SAFETY", Instrument.LABEL, "en",
					safetyLabel);
			assertThat(this.instruments.publish(InstrumentVersion.REINTEGRATION_OUTCOMES)).isEqualTo(draft.id());
			return draft.id();
		});
	}

	private CaseCode caseOf(CaseCode code) {
		asCarol(() -> this.consent.record(code, 0, TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "",
				LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault()))));
		return code;
	}

	private List<String> actionsOf(CaseCode code) {
		return this.jdbc.queryForList("select action from audit_event where subject_id = ? order by seq", String.class,
				code.value());
	}

	public static NewAdministration outcomes(AdministrationKind kind, LocalDate on, int score) {
		return outcomesOf(OUTCOMES_1, kind, on, score);
	}

	static NewAdministration outcomesOf(InstrumentVersion version, AdministrationKind kind, LocalDate on, int score) {
		return new NewAdministration(version, kind, on, RiskLevel.MEDIUM, scoredAll(score));
	}

	public static Map<String, ItemAnswer> scoredAll(int score) {
		Map<String, ItemAnswer> answers = new LinkedHashMap<>();
		DOMAINS.forEach(domain -> answers.put(domain, ItemAnswer.scored(score, "Reason for " + domain)));
		return answers;
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(CAROL, "CASEWORKER", action);
	}

	private static <T> T asSam(Supplier<T> action) {
		return TestSecurity.as("sam", "SUPERVISOR", action);
	}

}
