package org.haven.casefile;

/** A caseworker moved the case one step on in its workflow. */
public record StatusAdvanced(CaseCode code) implements CaseEvent {
}
