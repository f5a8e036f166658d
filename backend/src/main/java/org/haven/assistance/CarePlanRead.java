package org.haven.assistance;

import org.haven.casefile.CaseCode;

/** A caseworker read the case's care plan. */
public record CarePlanRead(CaseCode code) implements CarePlanEvent {
}
