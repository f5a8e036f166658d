package org.haven.assessment.ui;

import org.haven.assessment.Assessments;
import org.haven.assessment.Instruments;
import org.haven.assistance.AfterCare;
import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.springframework.stereotype.Component;

/** Puts the assessments on the case page, after the care plan and before the tasks. */
@Component
class AssessmentSectionSource implements CaseSectionSource {

	private final Assessments assessments;

	private final Instruments instruments;

	private final AfterCare afterCare;

	AssessmentSectionSource(Assessments assessments, Instruments instruments, AfterCare afterCare) {
		this.assessments = assessments;
		this.instruments = instruments;
		this.afterCare = afterCare;
	}

	@Override
	public CaseSection newSection() {
		return new AssessmentSection(this.assessments, this.instruments, this.afterCare);
	}

	@Override
	public int getOrder() {
		return 160;
	}

}
