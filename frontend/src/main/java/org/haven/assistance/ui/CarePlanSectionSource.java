package org.haven.assistance.ui;

import org.haven.assistance.CarePlans;
import org.haven.casefile.ui.CaseSection;
import org.haven.casefile.ui.CaseSectionSource;
import org.haven.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Puts the care plan on the case page, between its consent and its tasks. */
@Component
class CarePlanSectionSource implements CaseSectionSource {

	private final CarePlans plans;

	private final ReferenceData reference;

	CarePlanSectionSource(CarePlans plans, ReferenceData reference) {
		this.plans = plans;
		this.reference = reference;
	}

	@Override
	public CaseSection newSection() {
		return new CarePlanSection(this.plans, this.reference);
	}

	@Override
	public int getOrder() {
		return 150;
	}

}
