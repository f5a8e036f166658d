package org.haven.casefile;

import java.time.Instant;

/**
 * An unfinished intake in its caseworker's list: where it stopped, never what it holds.
 */
public record DraftSummary(DraftId id, IntakeStep step, Instant startedAt, Instant savedAt) {
}
