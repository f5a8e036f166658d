package org.haven.assistance;

import org.haven.casefile.CaseCode;

/** A caseworker read the case's tasks. */
public record CaseTasksRead(CaseCode code) implements TaskEvent {
}
