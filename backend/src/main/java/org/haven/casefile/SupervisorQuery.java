package org.haven.casefile;

import java.util.Set;

/**
 * What a supervisor looks for among the cases: a case code, statuses, closures awaiting a
 * decision.
 */
public record SupervisorQuery(String code, Set<CaseStatus> statuses, boolean awaitingClosureDecision) {

	public SupervisorQuery {
		code = code == null ? "" : code.strip();
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

	public static SupervisorQuery all() {
		return new SupervisorQuery("", Set.of(), false);
	}

}
