package org.haven.assistance;

import org.springframework.stereotype.Component;

/** The hourly task escalation, run on demand by tests of other modules. */
@Component
public class TestTaskSchedule {

	private final TaskEscalation escalation;

	TestTaskSchedule(TaskEscalation escalation) {
		this.escalation = escalation;
	}

	public int escalateOverdue() {
		return this.escalation.escalateOverdue();
	}

}
