package org.haven.assistance.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.assistance.TaskStatus;
import org.haven.consent.ConsentPurpose;
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
		if (task.kind() == TaskKind.CONSENT_ENDING && task.subject() != null) {
			return translator.getTranslation("task.consent-ending", consentOf(translator, task.subject()));
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

	/** The consent a task is about: its purpose, and the organisation for sharing. */
	private static String consentOf(Component translator, String subject) {
		int colon = subject.indexOf(':');
		String purpose = colon < 0 ? subject : subject.substring(0, colon);
		String label = Arrays.stream(ConsentPurpose.values())
			.filter(value -> value.name().equals(purpose))
			.findFirst()
			.map(value -> of(translator, value))
			.orElse(purpose);
		return colon < 0 ? label : label + " (" + subject.substring(colon + 1) + ")";
	}

	static String of(Component translator, Enum<?> value) {
		return translator.getTranslation(Labels.keyOf(value));
	}

}
