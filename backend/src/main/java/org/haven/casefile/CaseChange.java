package org.haven.casefile;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's history: when, by whom, whether it is the case's opening at
 * intake, and which parts changed, the case's own and those other modules keep, in the
 * order of {@link CaseDetails.Part}; never what they hold. What one transaction changed
 * reads as one entry.
 *
 * @param by the username of the member of staff who made the change; none where Haven
 * made it itself, no one signed in (a scheduled job such as the hourly escalation)
 */
public record CaseChange(Instant at, @Nullable String by, boolean opening, List<CaseDetails.Part> parts) {

	public CaseChange {
		parts = List.copyOf(parts);
	}

	/** Whether Haven made the change itself, not a member of staff. */
	public boolean byHaven() {
		return this.by == null;
	}

}
