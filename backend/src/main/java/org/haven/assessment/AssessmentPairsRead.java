package org.haven.assessment;

/**
 * Baselines paired with endlines on one version were read for a report, for so many
 * persons.
 */
public record AssessmentPairsRead(InstrumentVersion instrument, int persons) implements InstrumentEvent {
}
