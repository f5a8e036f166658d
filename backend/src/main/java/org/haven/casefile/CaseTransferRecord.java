package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer waiting for a decision, as a supervisor of either team lists it: by case
 * code and team names; {@code incoming} when it waits for the reader's decision: one of
 * their teams receives it and someone else asked.
 */
public record CaseTransferRecord(UUID id, CaseCode code, String fromTeam, String toTeam, String requestedBy,
		Instant requestedAt, boolean incoming) {
}
