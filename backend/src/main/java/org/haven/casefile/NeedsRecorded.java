package org.haven.casefile;

import java.util.List;

/** A caseworker recorded what the person needs now. */
public record NeedsRecorded(CaseCode code) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("needs");
	}

}
