package org.haven.casefile;

import java.util.Map;
import java.util.Set;

/**
 * Where a case stands. A case moves forward one step at a time; only a supervisor's
 * approval closes it.
 */
public enum CaseStatus {

	INTAKE, ASSESSMENT, ACTIVE_ASSISTANCE, REINTEGRATION_FOLLOW_UP, CLOSED;

	private static final Map<CaseStatus, Set<CaseStatus>> FORWARD = Map.of(INTAKE, Set.of(ASSESSMENT), ASSESSMENT,
			Set.of(ACTIVE_ASSISTANCE), ACTIVE_ASSISTANCE, Set.of(REINTEGRATION_FOLLOW_UP), REINTEGRATION_FOLLOW_UP,
			Set.of(), CLOSED, Set.of());

	/** The steps a caseworker may take from here; closing is not one of them. */
	public Set<CaseStatus> next() {
		return FORWARD.get(this);
	}

}
