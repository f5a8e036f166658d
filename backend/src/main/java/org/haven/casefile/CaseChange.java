package org.haven.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's history: when, by whom, and which parts changed (none for the
 * opening).
 */
public record CaseChange(Instant at, String by, List<CaseDetails.Part> parts) {

	public boolean opening() {
		return this.parts.isEmpty();
	}

}
