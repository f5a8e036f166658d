package org.haven.consent;

import java.time.LocalDate;
import java.util.List;

import org.haven.casefile.CaseCode;

/**
 * The person withdrew their consent for a purpose, from that day on: whatever relies on
 * it stops at once.
 */
public record ConsentWithdrawn(CaseCode code, ConsentPurpose purpose, String scope, int version,
		LocalDate on) implements ConsentEvent {

	@Override
	public List<String> parts() {
		return List.of("consent:" + this.purpose.name());
	}

}
