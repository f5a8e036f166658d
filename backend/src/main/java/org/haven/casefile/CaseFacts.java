package org.haven.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * What anonymised statistics may count of a case: when it was opened and closed, where it
 * stands, how it ended, the coded situation (forms of exploitation, means of control,
 * recruitment channels, sectors: none where not asked, declined or unknown) and the coded
 * non-punishment record. No identity, no free text.
 */
public record CaseFacts(UUID id, CaseCode code, PersonCode person, Instant openedAt, Instant closedAt,
		CaseStatus status, Closure.Outcome outcome, List<String> exploitationForms, List<String> controlMeans,
		List<String> recruitmentChannels, List<String> sectors, NonPunishment nonPunishment) {

	public CaseFacts {
		exploitationForms = List.copyOf(exploitationForms);
		controlMeans = List.copyOf(controlMeans);
		recruitmentChannels = List.copyOf(recruitmentChannels);
		sectors = List.copyOf(sectors);
		nonPunishment = nonPunishment == null ? NonPunishment.NOT_ASKED : nonPunishment;
	}

}
