package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A task of the case was cancelled, by a caseworker or by what made it pointless. */
public record TaskCancelled(CaseCode code, TaskKind kind, TaskCancellation because) implements TaskEvent {

	@Override
	public List<String> parts() {
		return List.of("task:" + this.kind.name());
	}

}
