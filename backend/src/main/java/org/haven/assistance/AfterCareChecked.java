package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * A caseworker recorded an after-care check of a closed case, and whether it found risk.
 */
public record AfterCareChecked(CaseCode code, boolean riskFound) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("after-care");
	}

}
