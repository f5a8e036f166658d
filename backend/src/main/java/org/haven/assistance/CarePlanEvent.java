package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * What happened to a case's care plan, one past-tense record per fact, published inside
 * the fact's transaction. Names the case by its code and the part by its codes, never a
 * description or an outcome.
 */
public sealed interface CarePlanEvent permits CarePlanRead, GoalAdded, GoalSettled, ServiceAdded, ServiceUpdated,
		AfterCareChecked, FollowUpContacted {

	CaseCode code();

	/** What the audit trail names as touched. */
	default List<String> parts() {
		return List.of("care-plan");
	}

}
