package org.haven.assessment;

/** An administrator published a draft: from now on that version never changes. */
public record InstrumentPublished(InstrumentVersion instrument) implements InstrumentEvent {
}
