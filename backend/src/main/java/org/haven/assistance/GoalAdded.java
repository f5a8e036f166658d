package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A caseworker added a goal for a need to the care plan. */
public record GoalAdded(CaseCode code, String need) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("goal:" + this.need);
	}

}
