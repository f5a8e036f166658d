package org.haven.assistance.ui;

import org.haven.assistance.AfterCare;
import org.haven.assistance.CaseTasks;
import org.haven.casefile.CaseService;
import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.haven.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Puts the case's tasks on the case page, after its consent. */
@Component
class TasksSectionSource implements CaseSectionSource {

	private final CaseTasks tasks;

	private final AfterCare afterCare;

	private final ReferenceData reference;

	private final CaseService cases;

	TasksSectionSource(CaseTasks tasks, AfterCare afterCare, ReferenceData reference, CaseService cases) {
		this.tasks = tasks;
		this.afterCare = afterCare;
		this.reference = reference;
		this.cases = cases;
	}

	@Override
	public CaseSection newSection() {
		return new TasksSection(this.tasks, this.afterCare, this.reference, this.cases);
	}

	@Override
	public int getOrder() {
		return 200;
	}

}
