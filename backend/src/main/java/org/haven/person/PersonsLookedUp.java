package org.haven.person;

import java.util.List;

/**
 * A caseworker searched by identity or ran the duplicate check: which criteria (never
 * their values) and the codes found.
 */
public record PersonsLookedUp(Kind kind, List<String> criteria, List<PersonCode> found) {

	public enum Kind {

		SEARCH, DUPLICATE_CHECK

	}

}
