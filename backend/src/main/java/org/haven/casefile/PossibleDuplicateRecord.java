package org.haven.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A duplicate check that matched persons outside the caseworker's own cases, as
 * supervisors follow it up: who checked, when and how often, and the cases of the persons
 * it matched that the caseworker does not work on. No identity.
 */
public record PossibleDuplicateRecord(UUID id, String caseworker, List<CaseCode> cases, Instant firstSeenAt,
		Instant lastSeenAt, int times) {
}
