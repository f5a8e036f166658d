package org.haven.assessment;

/**
 * An administrator changed one text of a draft: which item, which text, which language.
 */
public record InstrumentDraftEdited(InstrumentVersion instrument, String item, String text,
		String language) implements InstrumentEvent {
}
