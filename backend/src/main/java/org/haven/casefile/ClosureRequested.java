package org.haven.casefile;

/**
 * A caseworker asked for the case to close, with an outcome, for a supervisor to decide.
 */
public record ClosureRequested(CaseCode code) implements CaseEvent {
}
