package org.haven.person;

import java.util.List;

/**
 * A caseworker searched by identity: which criteria (never their values) and the codes
 * found.
 */
public record PersonsLookedUp(List<String> criteria, List<PersonCode> found) implements PersonEvent {

	@Override
	public List<String> parts() {
		return this.criteria;
	}

}
