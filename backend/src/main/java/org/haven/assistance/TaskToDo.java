package org.haven.assistance;

import java.time.LocalDate;
import java.util.UUID;

import org.haven.casefile.CaseCode;

/**
 * An open task as a list of work shows it: by case code and kind, never its title or
 * anything else that could name the person.
 */
public record TaskToDo(UUID id, CaseCode code, TaskKind kind, LocalDate dueOn, String assignedTo, boolean escalated) {
}
