package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** A case in its caseworker's list. */
public record CaseSummary(CaseCode code, CaseStatus status, boolean primary, LocalDate nextFollowUpOn,
		boolean closureRequested, Instant openedAt, Instant updatedAt) {
}
