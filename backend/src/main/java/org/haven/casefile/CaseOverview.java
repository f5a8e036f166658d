package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.person.AgeBand;
import org.haven.person.Gender;

/**
 * A case as a supervisor sees it: code, status, caseworkers, dates and the person's
 * coded, non-identifying profile, and the team it belongs to. Never identity, never
 * notes.
 */
public record CaseOverview(CaseCode code, CaseStatus status, List<Caseworker> caseworkers, Instant openedAt,
		Instant updatedAt, LocalDate nextFollowUpOn, ClosureState closure, Gender gender, AgeBand ageBand,
		String nationality, UUID team, String teamName, long version) {
}
