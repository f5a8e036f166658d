package org.haven.assistance;

/** Where a task stands; a done or cancelled task stays, as part of the case's record. */
public enum TaskStatus {

	OPEN, DONE, CANCELLED

}
