package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * A break-glass opening, as supervisors review it: who opened which case, why, until
 * when, whether a supervisor ended it early or reviewed it. Whether the caseworker
 * explained it, never the explanation itself: that is revealed apart, and recorded.
 */
public record BreakGlassRecord(UUID id, CaseCode code, String caseworker, BreakGlassReason reason, boolean explained,
		Instant grantedAt, Instant expiresAt, Instant endedAt, String endedBy, Instant reviewedAt, String reviewedBy) {

	/** Whether the opening still gives access at {@code now}. */
	public boolean activeAt(Instant now) {
		return this.endedAt == null && this.expiresAt.isAfter(now);
	}

	public boolean reviewed() {
		return this.reviewedAt != null;
	}

}
