package org.haven.person;

import java.util.List;

/**
 * A caseworker registered a person at intake.
 *
 * @param parts the identity fields that were filled
 */
public record PersonRegistered(PersonCode code, List<String> parts) implements PersonEvent {

	public PersonRegistered {
		parts = List.copyOf(parts);
	}

}
