package org.haven.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A caseworker set, moved or cleared ({@code on} is null) the date of the next follow-up.
 */
public record FollowUpScheduled(CaseCode code, LocalDate on) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("nextFollowUpOn");
	}

}
