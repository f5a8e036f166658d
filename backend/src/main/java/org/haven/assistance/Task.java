package org.haven.assistance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task of a case as its caseworkers see it. The title is written only for tasks raised
 * by hand; a policy's task says what it is by its kind and, for a consent that ends, the
 * purpose (and organisation) it is about: {@link #subject()}.
 */
public record Task(UUID id, TaskKind kind, String title, String subject, LocalDate dueOn, String assignedTo,
		TaskStatus status, TaskCancellation cancelledBecause, LocalDate doneOn, boolean escalated, long version) {

	/** Whether the task is open and its day has passed. */
	public boolean overdueOn(LocalDate day) {
		return this.status == TaskStatus.OPEN && this.dueOn.isBefore(day);
	}

}
