package org.haven.assessment;

/**
 * An administrator retired a version: no new administration uses it; earlier ones keep
 * it.
 */
public record InstrumentRetired(InstrumentVersion instrument) implements InstrumentEvent {
}
