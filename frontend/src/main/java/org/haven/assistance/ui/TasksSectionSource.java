package org.haven.assistance.ui;

import org.haven.assistance.CaseTasks;
import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.springframework.stereotype.Component;

/** Puts the case's tasks on the case page, after its consent. */
@Component
class TasksSectionSource implements CaseSectionSource {

	private final CaseTasks tasks;

	TasksSectionSource(CaseTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public CaseSection newSection() {
		return new TasksSection(this.tasks);
	}

	@Override
	public int getOrder() {
		return 200;
	}

}
