package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A task stayed open past its grace period: the supervisors now see it. */
public record TaskEscalated(CaseCode code, TaskKind kind) implements TaskEvent {

	@Override
	public List<String> parts() {
		return List.of("task:" + this.kind.name());
	}

}
