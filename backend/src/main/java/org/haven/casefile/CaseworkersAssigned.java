package org.haven.casefile;

/** A supervisor gave the case its caseworkers: one primary, any secondaries. */
public record CaseworkersAssigned(CaseCode code) implements CaseEvent {
}
