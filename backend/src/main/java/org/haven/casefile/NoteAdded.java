package org.haven.casefile;

import java.util.List;

/**
 * A caseworker added a note to the case; an extra-sensitive one stays masked until
 * revealed.
 */
public record NoteAdded(CaseCode code, boolean extraSensitive) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of(this.extraSensitive ? "extra-sensitive" : "note");
	}

}
