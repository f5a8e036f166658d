package org.haven.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.casefile.CaseStatus;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AdministrationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final InstrumentVersion V1 = new InstrumentVersion("OUTCOMES", 1);

	static final Instrument OUTCOMES = new Instrument(V1, InstrumentKind.DOMAINS, Instrument.Standing.PUBLISHED,
			Map.of(), List.of(domain("SAFETY", 1), domain("ECONOMIC", 2)), null);

	@Test
	void declined_and_not_assessed_are_answers_without_a_score_and_need_no_reason() {
		Problems problems = new Problems();
		AdministrationRules.check(problems,
				baseline(Map.of("SAFETY", ItemAnswer.declined(null), "ECONOMIC", ItemAnswer.notAssessed(null))),
				OUTCOMES, List.of(), CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(problems)).isEmpty();
	}

	@Test
	void a_score_needs_a_reason_and_must_lie_between_one_and_four() {
		Problems problems = new Problems();
		AdministrationRules.check(problems, baseline(
				Map.of("SAFETY", ItemAnswer.scored(5, "Threats last week"), "ECONOMIC", ItemAnswer.scored(2, " "))),
				OUTCOMES, List.of(), CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(problems)).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(tuple("answer:SAFETY", "assessment.score.out-of-range"),
					tuple("reason:ECONOMIC", "validation.required"));
	}

	@Test
	void a_declined_domain_carries_no_score() {
		Problems problems = new Problems();
		AdministrationRules.check(problems, baseline(Map.of("SAFETY", new ItemAnswer(Response.DECLINED, 3, null),
				"ECONOMIC", ItemAnswer.scored(2, "Some income"))), OUTCOMES, List.of(), CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(problems)).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("answer:SAFETY", "assessment.score.without-scored"));
	}

	@Test
	void every_domain_needs_an_answer_and_a_screen_answer_is_not_one() {
		Problems problems = new Problems();
		AdministrationRules.check(problems, baseline(Map.of("SAFETY", ItemAnswer.yes())), OUTCOMES, List.of(),
				CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(problems)).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(tuple("answer:SAFETY", "validation.invalid"),
					tuple("answer:ECONOMIC", "assessment.answer.required"));
	}

	@Test
	void an_endline_needs_a_baseline_before_it_and_a_case_has_one_baseline() {
		Problems endlineFirst = new Problems();
		AdministrationRules.check(endlineFirst, of(AdministrationKind.ENDLINE, TODAY, answered()), OUTCOMES, List.of(),
				CaseStatus.ASSESSMENT, TODAY);
		Problems secondBaseline = new Problems();
		AdministrationRules.check(secondBaseline, baseline(answered()), OUTCOMES, List.of(entry(TODAY)),
				CaseStatus.ASSESSMENT, TODAY);
		Problems endlineBeforeItsBaseline = new Problems();
		AdministrationRules.check(endlineBeforeItsBaseline,
				of(AdministrationKind.ENDLINE, TODAY.minusDays(3), answered()), OUTCOMES, List.of(entry(TODAY)),
				CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(endlineFirst)).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("kind", "assessment.kind.before-baseline"));
		assertThat(problemsOf(secondBaseline)).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("kind", "assessment.kind.second-baseline"));
		assertThat(problemsOf(endlineBeforeItsBaseline)).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("administeredOn", "assessment.date.before-baseline"));
	}

	@Test
	void a_retired_version_takes_no_new_administration() {
		Instrument retired = new Instrument(V1, InstrumentKind.DOMAINS, Instrument.Standing.RETIRED, Map.of(),
				OUTCOMES.items(), null);
		Problems problems = new Problems();
		AdministrationRules.check(problems, baseline(answered()), retired, List.of(), CaseStatus.ASSESSMENT, TODAY);

		assertThat(problemsOf(problems)).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("instrument", "assessment.instrument.retired"));
	}

	@Test
	void after_closure_an_administration_names_a_recorded_after_care_check_of_the_case_where_it_has_after_care() {
		UUID check = UUID.randomUUID();

		assertThat(afterCareProblems(postClosure(null), true, Set.of(), List.of()))
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.required"));
		assertThat(afterCareProblems(postClosure(UUID.randomUUID()), true, Set.of(check), List.of()))
			.as("a check of another case, or none at all")
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.unknown"));
		assertThat(afterCareProblems(postClosure(check), true, Set.of(check), List.of())).isEmpty();
		assertThat(afterCareProblems(postClosure(null), false, Set.of(), List.of()))
			.as("a case closed without after-care has no check to name")
			.isEmpty();
	}

	@Test
	void an_after_care_check_takes_one_administration_of_an_instrument_and_only_after_closure() {
		UUID check = UUID.randomUUID();

		assertThat(afterCareProblems(postClosure(check), true, Set.of(check), List.of(postClosureAt(check))))
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.already-assessed"));
		assertThat(afterCareProblems(
				new NewAdministration(V1, AdministrationKind.REVIEW, TODAY, RiskLevel.LOW, answered(), check), true,
				Set.of(check), List.of()))
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("afterCareCheck", "assessment.after-care-check.only-after-closure"));
	}

	private static Map<String, ItemAnswer> answered() {
		return Map.of("SAFETY", ItemAnswer.scored(3, "No threat now"), "ECONOMIC", ItemAnswer.declined(null));
	}

	private static NewAdministration baseline(Map<String, ItemAnswer> answers) {
		return of(AdministrationKind.BASELINE, TODAY, answers);
	}

	private static NewAdministration of(AdministrationKind kind, LocalDate on, Map<String, ItemAnswer> answers) {
		return new NewAdministration(V1, kind, on, RiskLevel.MEDIUM, answers);
	}

	private static AdministrationEntry entry(LocalDate on) {
		return new AdministrationEntry(UUID.randomUUID(), UUID.randomUUID(), "P-1", V1, AdministrationKind.BASELINE, on,
				RiskLevel.LOW, null, null, UUID.randomUUID(), Instant.now());
	}

	private static AdministrationEntry postClosureAt(UUID check) {
		return new AdministrationEntry(UUID.randomUUID(), UUID.randomUUID(), "P-1", V1, AdministrationKind.POST_CLOSURE,
				TODAY, RiskLevel.LOW, null, check, UUID.randomUUID(), Instant.now());
	}

	private static NewAdministration postClosure(UUID check) {
		return new NewAdministration(V1, AdministrationKind.POST_CLOSURE, TODAY, RiskLevel.LOW, answered(), check);
	}

	private static List<Problem> afterCareProblems(NewAdministration given, boolean scheduled, Set<UUID> recorded,
			List<AdministrationEntry> earlier) {
		Problems problems = new Problems();
		AdministrationRules.checkAfterCareCheck(problems, given, scheduled, recorded, earlier);
		return problemsOf(problems);
	}

	private static Instrument.Item domain(String code, int position) {
		return new Instrument.Item(code, position, null, false, List.of(), Map.of());
	}

	private static List<Problem> problemsOf(Problems problems) {
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException refused) {
			return refused.problems();
		}
	}

}
