package org.haven.person;

import java.util.List;

/** A caseworker changed a person's identity; every field is stored afresh. */
public record IdentityChanged(PersonCode code) implements PersonEvent {

	@Override
	public List<String> parts() {
		return Identity.FIELDS;
	}

}
