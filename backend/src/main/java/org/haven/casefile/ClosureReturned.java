package org.haven.casefile;

/** A supervisor sent a closure request back to the caseworkers, for a coded reason. */
public record ClosureReturned(CaseCode code, Closure.ReturnReason reason) implements CaseEvent {
}
