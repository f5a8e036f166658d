package org.haven.casefile;

/** A caseworker reopened a closed case: it starts again with an assessment. */
public record CaseReopened(CaseCode code) implements CaseEvent {
}
