package org.haven.assistance.ui;

import com.vaadin.flow.component.Component;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.assistance.TaskStatus;
import org.haven.person.ui.Labels;
import org.haven.ui.UserLocale;

/** How a task reads on screen: what it is, and where it stands in words, not colour. */
final class TaskLabels {

	private TaskLabels() {
	}

	static String what(Component translator, Task task) {
		if (task.kind() == TaskKind.BY_HAND && task.title() != null) {
			return task.title();
		}
		return of(translator, task.kind());
	}

	static String standing(Component translator, Task task) {
		String status = of(translator, task.status());
		if (task.status() == TaskStatus.CANCELLED && task.cancelledBecause() != null) {
			status = status + " (" + of(translator, task.cancelledBecause()) + ")";
		}
		if (task.overdueOn(UserLocale.today())) {
			status = status + ", " + translator.getTranslation("task.overdue");
		}
		if (task.escalated() && task.status() == TaskStatus.OPEN) {
			status = status + ", " + translator.getTranslation("task.escalated");
		}
		return status;
	}

	static String of(Component translator, Enum<?> value) {
		return translator.getTranslation(Labels.keyOf(value));
	}

}
