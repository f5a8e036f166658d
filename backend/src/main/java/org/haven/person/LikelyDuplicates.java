package org.haven.person;

import java.util.List;

/**
 * What the duplicate check tells a caseworker: the matching persons whose record they may
 * change, by code and what matched, and only whether anyone else matches (not who, nor
 * how many, nor on what).
 */
public record LikelyDuplicates(List<DuplicateCandidate> yours, boolean othersExist) {

	public boolean anyMatch() {
		return !this.yours.isEmpty() || this.othersExist;
	}

}
