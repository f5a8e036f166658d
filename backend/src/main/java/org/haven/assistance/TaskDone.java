package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A caseworker marked a task of the case done. */
public record TaskDone(CaseCode code, TaskKind kind) implements TaskEvent {

	@Override
	public List<String> parts() {
		return List.of("task:" + this.kind.name());
	}

}
