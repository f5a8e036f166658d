package org.haven.person;

import java.util.List;

/**
 * A supervisor erased a person's identity for good, for a coded reason: the data key is
 * gone, with every field it kept readable.
 */
public record PersonErased(PersonCode code, ErasureReason reason) implements PersonEvent {

	@Override
	public List<String> parts() {
		return Identity.FIELDS;
	}

}
