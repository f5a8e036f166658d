package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * A caseworker recorded a follow-up contact with the person of an open case: whether the
 * person was reached, and whether the contact found risk.
 */
public record FollowUpContacted(CaseCode code, boolean reached, boolean riskFound) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("follow-up");
	}

}
