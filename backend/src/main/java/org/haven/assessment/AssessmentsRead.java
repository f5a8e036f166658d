package org.haven.assessment;

import org.haven.casefile.CaseCode;

/** A caseworker read a case's administrations, reasons included. */
public record AssessmentsRead(CaseCode code) implements AssessmentEvent {
}
