package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.haven.person.ErasureReason;
import org.jspecify.annotations.Nullable;

/**
 * An erasure waiting for a supervisor's decision, as supervisors see it: no identity. One
 * asked for by a caseworker names them; one of the retention period names nobody and says
 * when the case closed, its last after-care check, and since when it is due.
 */
public record ErasureRequestRecord(UUID id, CaseCode code, ErasureReason reason, @Nullable String requestedBy,
		Instant requestedAt, @Nullable LocalDate closedOn, @Nullable LocalDate lastAfterCareOn,
		@Nullable LocalDate dueSince) {

	/**
	 * Whether Haven asked because the retention period ended: decided by erasing or
	 * keeping the case, never by refusing.
	 */
	public boolean ofRetention() {
		return this.reason == ErasureReason.RETENTION_PERIOD_ENDED;
	}

}
