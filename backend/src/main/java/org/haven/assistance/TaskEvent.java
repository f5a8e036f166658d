package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * What happened to a case's tasks, one past-tense record per fact, published inside the
 * fact's transaction. Names the case by its code and the task by its kind, never its
 * title.
 */
public sealed interface TaskEvent permits TaskAdded, TaskDone, TaskCancelled, TaskEscalated, CaseTasksRead {

	CaseCode code();

	/** What the audit trail names as touched. */
	default List<String> parts() {
		return List.of("tasks");
	}

}
