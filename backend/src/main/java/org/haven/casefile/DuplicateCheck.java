package org.haven.casefile;

import java.util.List;

/**
 * Whether the person being taken in may already be known: the cases assigned to the
 * caseworker whose person matches, and whether anyone else matches (not who, nor how
 * many). Supervisors are told about the others and follow them up; a case the caseworker
 * only reads by break-glass is never among theirs.
 */
public record DuplicateCheck(List<CaseCode> yourCases, boolean matchesElsewhere) {

	public boolean anyMatch() {
		return !this.yourCases.isEmpty() || this.matchesElsewhere;
	}

}
