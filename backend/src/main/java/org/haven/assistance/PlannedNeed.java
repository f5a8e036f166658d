package org.haven.assistance;

import java.util.List;

/**
 * A need of the person and the goals set for it. A need recorded on the case with no
 * goal, and so no service, is unplanned: the care plan shows it as such.
 */
public record PlannedNeed(String need, boolean recorded, List<Goal> goals) {

	public PlannedNeed {
		goals = List.copyOf(goals);
	}

	public boolean unplanned() {
		return this.goals.isEmpty();
	}

}
