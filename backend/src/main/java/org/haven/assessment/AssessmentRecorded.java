package org.haven.assessment;

import org.haven.casefile.CaseCode;

/**
 * A caseworker recorded an administration: of which instrument version, when in the case,
 * and the overall risk it found.
 */
public record AssessmentRecorded(CaseCode code, InstrumentVersion instrument, AdministrationKind kind,
		RiskLevel overallRisk) implements AssessmentEvent {
}
