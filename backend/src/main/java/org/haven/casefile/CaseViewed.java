package org.haven.casefile;

/**
 * Someone opened a case to work on it: a read, not a change, recorded all the same. The
 * identity and the notes are read, and recorded, apart.
 */
public record CaseViewed(CaseCode code) implements CaseEvent {
}
