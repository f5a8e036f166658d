package org.haven.casefile;

import java.util.List;

/**
 * Whether the person being taken in may already be known: the cases the caseworker works
 * on whose person matches, and how many other matching persons exist (not who, nor
 * whose). The caseworker asks a supervisor about the others.
 */
public record DuplicateCheck(List<CaseCode> yourCases, int otherMatches) {

	public boolean anyMatch() {
		return !this.yourCases.isEmpty() || this.otherMatches > 0;
	}

}
