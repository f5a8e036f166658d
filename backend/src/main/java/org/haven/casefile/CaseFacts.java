package org.haven.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * What anonymised statistics may count of a case: when it was opened and closed, where it
 * stands, how it ended, and the coded forms of exploitation recorded (none where not
 * asked, declined or unknown). No identity, no free text.
 */
public record CaseFacts(UUID id, CaseCode code, PersonCode person, Instant openedAt, Instant closedAt,
		CaseStatus status, Closure.Outcome outcome, List<String> exploitationForms) {

	public CaseFacts {
		exploitationForms = List.copyOf(exploitationForms);
	}

}
