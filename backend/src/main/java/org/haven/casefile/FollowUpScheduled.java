package org.haven.casefile;

import java.util.List;

/** A caseworker set, moved or cleared the date of the next follow-up. */
public record FollowUpScheduled(CaseCode code) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("nextFollowUpOn");
	}

}
