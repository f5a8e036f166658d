package org.haven.casefile;

import java.time.Instant;

/** A caseworker opened a case not assigned to them, to read it until {@code until}. */
public record BreakGlassOpened(CaseCode code, BreakGlassReason reason, Instant until) implements CaseEvent {
}
