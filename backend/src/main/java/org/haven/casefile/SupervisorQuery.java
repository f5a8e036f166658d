package org.haven.casefile;

import java.util.Set;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * What a supervisor looks for among the cases: a case code, statuses, closures awaiting a
 * decision.
 */
public record SupervisorQuery(String code, Set<CaseStatus> statuses, boolean awaitingClosureDecision) {

	/** A malformed case code is refused here, before any search runs. */
	public SupervisorQuery {
		code = code == null ? "" : code.strip();
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		if (!code.isEmpty() && CaseCode.parse(code).isEmpty()) {
			throw new InvalidInputException(Problem.of("code", "case.search.code-format"));
		}
	}

	public static SupervisorQuery all() {
		return new SupervisorQuery("", Set.of(), false);
	}

}
