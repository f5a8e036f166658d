package org.haven.casefile;

import java.util.List;

/**
 * Something was done with a case; published for the audit trail. Names parts, never
 * content.
 */
public record CaseChanged(CaseCode code, Change change, List<String> parts, String reason) {

	public enum Change {

		CREATED, OPENED, SITUATION_CHANGED, NEEDS_CHANGED, NON_PUNISHMENT_CHANGED, FOLLOW_UP_SCHEDULED, STATUS_ADVANCED,
		CLOSURE_REQUESTED, CLOSURE_APPROVED, CLOSURE_RETURNED, REOPENED, CASEWORKERS_ASSIGNED, NOTE_ADDED

	}

}
