package org.haven.casefile;

import java.util.List;

/**
 * A caseworker recorded a new account of the situation: act, means, purpose and what goes
 * with them.
 */
public record SituationRecorded(CaseCode code) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("situation");
	}

}
