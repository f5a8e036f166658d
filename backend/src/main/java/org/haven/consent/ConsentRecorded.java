package org.haven.consent;

import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * A caseworker recorded consent (or another legal basis) for a purpose: a new version.
 */
public record ConsentRecorded(CaseCode code, ConsentPurpose purpose, int version) implements ConsentEvent {

	@Override
	public List<String> parts() {
		return List.of("consent:" + this.purpose.name());
	}

}
