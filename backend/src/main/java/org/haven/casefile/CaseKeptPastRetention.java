package org.haven.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor kept a case whose retention period had ended, for a coded reason, until a
 * day; nothing was erased, and the case is due again after that day.
 */
public record CaseKeptPastRetention(CaseCode code, RetentionKeepReason reason,
		LocalDate keepUntil) implements CaseEvent {

	@Override
	public List<String> parts() {
		return List.of("identity");
	}

}
