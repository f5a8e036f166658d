package org.haven.assessment;

/**
 * What happened to an instrument version, one past-tense record per fact: drafted,
 * edited, published, retired, or read as pairs for a report. Names the version and codes,
 * never a case.
 */
public sealed interface InstrumentEvent
		permits InstrumentDrafted, InstrumentDraftEdited, InstrumentPublished, InstrumentRetired, AssessmentPairsRead {

	InstrumentVersion instrument();

}
