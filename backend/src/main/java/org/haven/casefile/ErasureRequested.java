package org.haven.casefile;

import java.util.List;

import org.haven.person.ErasureReason;

/** A caseworker assigned to the case asked for the person's identity to be erased. */
public record ErasureRequested(CaseCode code, ErasureReason reason) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
