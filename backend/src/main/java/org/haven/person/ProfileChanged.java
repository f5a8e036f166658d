package org.haven.person;

import java.util.List;

/** A caseworker changed a person's profile: coded, non-identifying facts only. */
public record ProfileChanged(PersonCode code) implements PersonEvent {

	@Override
	public List<String> parts() {
		return List.of();
	}

}
