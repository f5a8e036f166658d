package org.haven.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal of the care plan, with the services that answer it. */
public record Goal(UUID id, String need, String description, boolean agreedWithPerson, GoalStatus status,
		LocalDate statusOn, long version, List<PlannedService> services) {

	public Goal {
		services = List.copyOf(services);
	}

}
