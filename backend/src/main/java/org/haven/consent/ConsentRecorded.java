package org.haven.consent;

import java.time.LocalDate;
import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * A caseworker recorded consent (or another legal basis) for a purpose (and, for sharing,
 * an organisation): a new version, ending on a day or not at all.
 */
public record ConsentRecorded(CaseCode code, ConsentPurpose purpose, String scope, int version,
		LocalDate endsOn) implements ConsentEvent {

	@Override
	public List<String> parts() {
		return List.of("consent:" + this.purpose.name());
	}

}
