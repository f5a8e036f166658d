package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A task was raised on the case, by hand or by a policy. */
public record TaskAdded(CaseCode code, TaskKind kind) implements TaskEvent {

	@Override
	public List<String> parts() {
		return List.of("task:" + this.kind.name());
	}

}
