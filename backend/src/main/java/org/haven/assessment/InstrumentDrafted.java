package org.haven.assessment;

/** An administrator started the next version of an instrument as a copy of the latest. */
public record InstrumentDrafted(InstrumentVersion instrument) implements InstrumentEvent {
}
