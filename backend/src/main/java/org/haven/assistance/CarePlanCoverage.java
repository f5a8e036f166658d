package org.haven.assistance;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which needs a case's care plan addresses, for the modules that weigh it against their
 * own findings (an assessment's critical score before closure): need codes only, no
 * access check, for callers that made theirs on the case.
 */
@Component
public class CarePlanCoverage {

	private final GoalEntries goals;

	CarePlanCoverage(GoalEntries goals) {
		this.goals = goals;
	}

	/** The needs with a goal that was not dropped. */
	@Transactional(readOnly = true)
	public Set<String> needsWithGoals(UUID caseId) {
		return this.goals.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.filter(goal -> goal.status() != GoalStatus.DROPPED)
			.map(GoalEntry::need)
			.collect(Collectors.toSet());
	}

}
