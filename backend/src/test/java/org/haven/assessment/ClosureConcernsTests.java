package org.haven.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.casefile.ClosureConcern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureConcernsTests {

	static final InstrumentVersion V1 = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 1);

	static final InstrumentVersion V2 = new InstrumentVersion(InstrumentVersion.REINTEGRATION_OUTCOMES, 2);

	static final Map<String, List<String>> NEEDS = Map.of("SHELTER_AND_BASIC_NEEDS",
			List.of("SAFE_SHELTER", "FOOD_AND_CLOTHING"), "ECONOMIC", List.of("FINANCIAL_SUPPORT"));

	@Test
	void a_case_never_assessed_is_flagged_for_its_missing_baseline_and_only_for_that() {
		assertThat(ClosureConcerns.of(List.of(), NEEDS, Set.of())).containsExactly(ClosureConcern.BASELINE_MISSING);
	}

	@Test
	void a_case_assessed_at_baseline_and_endline_is_not_flagged_for_its_baseline() {
		assertThat(ClosureConcerns.of(List.of(scored(AdministrationKind.BASELINE, V1, Map.of("ECONOMIC", 2)),
				scored(AdministrationKind.ENDLINE, V1, Map.of("ECONOMIC", 3))), NEEDS, Set.of()))
			.doesNotContain(ClosureConcern.BASELINE_MISSING)
			.isEmpty();
	}

	@Test
	void a_baseline_without_an_endline_on_its_version_is_flagged() {
		assertThat(ClosureConcerns.of(List.of(scored(AdministrationKind.BASELINE, V1, Map.of())), NEEDS, Set.of()))
			.containsExactly(ClosureConcern.ENDLINE_MISSING);
		assertThat(ClosureConcerns.of(List.of(scored(AdministrationKind.BASELINE, V1, Map.of()),
				scored(AdministrationKind.ENDLINE, V2, Map.of())), NEEDS, Set.of()))
			.as("an endline on another version does not count")
			.containsExactly(ClosureConcern.ENDLINE_MISSING);
	}

	@Test
	void a_critical_endline_score_needs_a_goal_for_one_of_its_domains_needs() {
		List<ClosureConcerns.Scored> assessed = List.of(scored(AdministrationKind.BASELINE, V1, Map.of()),
				scored(AdministrationKind.ENDLINE, V1, Map.of("SHELTER_AND_BASIC_NEEDS", 1, "ECONOMIC", 3)));

		assertThat(ClosureConcerns.of(assessed, NEEDS, Set.of("FINANCIAL_SUPPORT")))
			.containsExactly(ClosureConcern.LOW_SCORE_WITHOUT_GOAL);
		assertThat(ClosureConcerns.of(assessed, NEEDS, Set.of("FOOD_AND_CLOTHING"))).isEmpty();
	}

	@Test
	void only_the_latest_endline_counts() {
		assertThat(ClosureConcerns.of(List.of(scored(AdministrationKind.BASELINE, V1, Map.of()),
				scored(AdministrationKind.ENDLINE, V1, Map.of("ECONOMIC", 1)),
				scored(AdministrationKind.ENDLINE, V1, Map.of("ECONOMIC", 2))), NEEDS, Set.of()))
			.isEmpty();
	}

	private static ClosureConcerns.Scored scored(AdministrationKind kind, InstrumentVersion version,
			Map<String, Integer> scores) {
		return new ClosureConcerns.Scored(kind, version, scores);
	}

}
