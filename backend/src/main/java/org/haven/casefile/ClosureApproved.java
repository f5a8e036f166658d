package org.haven.casefile;

/** A supervisor approved a closure that a caseworker asked for: the case is closed. */
public record ClosureApproved(CaseCode code) implements CaseEvent {
}
