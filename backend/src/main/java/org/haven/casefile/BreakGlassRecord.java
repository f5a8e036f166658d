package org.haven.casefile;

import java.time.Instant;

/** A break-glass opening, as supervisors review it. */
public record BreakGlassRecord(CaseCode code, String caseworker, BreakGlassReason reason, String explanation,
		Instant grantedAt, Instant expiresAt) {
}
