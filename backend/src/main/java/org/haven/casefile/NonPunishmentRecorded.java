package org.haven.casefile;

import java.util.List;

/** A caseworker recorded where the person stands on non-punishment. */
public record NonPunishmentRecorded(CaseCode code) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("nonPunishment");
	}

}
