package org.haven.assistance;

import java.time.LocalDate;
import java.util.UUID;

/** A service of the care plan as its caseworkers see it, outcome included. */
public record PlannedService(UUID id, UUID goal, String type, ProvidedBy providedBy, String provider,
		LocalDate requestedOn, LocalDate dueBy, ServiceStatus status, LocalDate deliveredOn, String outcome,
		long version) {

	/** Whether the service is still to come and its day has passed. */
	public boolean overdueOn(LocalDate day) {
		return this.status.stillDue() && this.dueBy != null && this.dueBy.isBefore(day);
	}

}
