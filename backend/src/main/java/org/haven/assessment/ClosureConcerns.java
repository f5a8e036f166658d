package org.haven.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.casefile.ClosureConcern;

/**
 * The closure gate's rule, as a plain function of a case's administrations of the
 * reintegration outcomes and the needs its care plan addresses. A case assessed at
 * baseline needs an endline on the baseline's version; at the latest such endline, a
 * domain scored 1 (critical) needs a goal for one of the needs the domain names. A case
 * with no baseline is flagged for that (decision 0034), so that skipping the baseline
 * never skips the gate.
 */
final class ClosureConcerns {

	private ClosureConcerns() {
	}

	record Scored(AdministrationKind kind, InstrumentVersion version, Map<String, Integer> scores) {
	}

	static List<ClosureConcern> of(List<Scored> administrations, Map<String, List<String>> needsByDomain,
			Set<String> needsWithGoals) {
		Optional<Scored> baseline = administrations.stream()
			.filter(scored -> scored.kind() == AdministrationKind.BASELINE)
			.findFirst();
		if (baseline.isEmpty()) {
			return List.of(ClosureConcern.BASELINE_MISSING);
		}
		Optional<Scored> endline = administrations.stream()
			.filter(scored -> scored.kind() == AdministrationKind.ENDLINE
					&& scored.version().equals(baseline.get().version()))
			.reduce((first, second) -> second);
		if (endline.isEmpty()) {
			return List.of(ClosureConcern.ENDLINE_MISSING);
		}
		List<ClosureConcern> concerns = new ArrayList<>();
		boolean critical = endline.get()
			.scores()
			.entrySet()
			.stream()
			.filter(score -> score.getValue() == 1)
			.anyMatch(score -> !addressed(needsByDomain.getOrDefault(score.getKey(), List.of()), needsWithGoals));
		if (critical) {
			concerns.add(ClosureConcern.LOW_SCORE_WITHOUT_GOAL);
		}
		return concerns;
	}

	private static boolean addressed(Collection<String> needs, Set<String> needsWithGoals) {
		return needs.stream().anyMatch(needsWithGoals::contains);
	}

}
