package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A caseworker recorded how a goal went (or opened it again). */
public record GoalSettled(CaseCode code, String need, GoalStatus status) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("goal:" + this.need);
	}

}
