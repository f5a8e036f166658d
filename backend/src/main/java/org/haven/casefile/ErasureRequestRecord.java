package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import org.haven.person.ErasureReason;

/** An erasure waiting for a supervisor's decision, as supervisors see it: no identity. */
public record ErasureRequestRecord(UUID id, CaseCode code, ErasureReason reason, String requestedBy,
		Instant requestedAt) {
}
