package org.haven.audit;

import org.haven.assistance.CaseTasksRead;
import org.haven.assistance.TaskAdded;
import org.haven.assistance.TaskCancelled;
import org.haven.assistance.TaskDone;
import org.haven.assistance.TaskEscalated;
import org.haven.assistance.TaskEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every read and change of a case's tasks: the case as subject, the task's kind
 * as the field, why it was cancelled as the reason. Runs synchronously, in the
 * transaction of the fact.
 */
@Component
class AuditedTaskEvents {

	private final AuditTrail trail;

	AuditedTaskEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void taskEvent(TaskEvent event) {
		switch (event) {
			case TaskAdded added -> record(Action.TASK_ADDED, event, null);
			case TaskDone done -> record(Action.TASK_DONE, event, null);
			case TaskCancelled cancelled -> record(Action.TASK_CANCELLED, event, cancelled.because().name());
			case TaskEscalated escalated -> record(Action.TASK_ESCALATED, event, null);
			case CaseTasksRead read -> record(Action.CASE_TASKS_READ, event, null);
		}
	}

	private void record(Action action, TaskEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, event.code(), event.parts(), reason);
	}

}
