package org.haven.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * The retention period after the closure and the last after-care check of every case of a
 * person passed; the supervisors are asked, on this case, to erase or keep it.
 *
 * @param dueSince the day the last of the person's cases became due
 */
public record RetentionReviewDue(CaseCode code, LocalDate dueSince) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
