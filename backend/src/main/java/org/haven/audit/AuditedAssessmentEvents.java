package org.haven.audit;

import java.util.List;

import org.haven.assessment.AssessmentEvent;
import org.haven.assessment.AssessmentPairsRead;
import org.haven.assessment.AssessmentRecorded;
import org.haven.assessment.AssessmentsRead;
import org.haven.assessment.InstrumentDraftEdited;
import org.haven.assessment.InstrumentDrafted;
import org.haven.assessment.InstrumentEvent;
import org.haven.assessment.InstrumentPublished;
import org.haven.assessment.InstrumentRetired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every read and record of a case's assessments (the case as subject, the
 * instrument version as the field, the kind and overall risk as the reason) and every
 * change of an instrument and every read of pairs for a report (the version as subject).
 * Runs synchronously, in the transaction of the fact.
 */
@Component
class AuditedAssessmentEvents {

	private final AuditTrail trail;

	AuditedAssessmentEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void assessmentEvent(AssessmentEvent event) {
		switch (event) {
			case AssessmentsRead read ->
				this.trail.record(Action.ASSESSMENTS_READ, Outcome.ALLOWED, read.code(), List.of("assessments"), null);
			case AssessmentRecorded recorded -> this.trail.record(Action.ASSESSMENT_RECORDED, Outcome.ALLOWED,
					recorded.code(), List.of("assessment:" + recorded.instrument()),
					recorded.kind().name() + ", " + recorded.overallRisk().name());
		}
	}

	@EventListener
	void instrumentEvent(InstrumentEvent event) {
		switch (event) {
			case InstrumentDrafted drafted -> record(Action.INSTRUMENT_DRAFTED, event, List.of(), null);
			case InstrumentDraftEdited edited -> record(Action.INSTRUMENT_DRAFT_EDITED, event,
					List.of(edited.item().isEmpty() ? edited.text() : edited.item() + ":" + edited.text()),
					edited.language());
			case InstrumentPublished published -> record(Action.INSTRUMENT_PUBLISHED, event, List.of(), null);
			case InstrumentRetired retired -> record(Action.INSTRUMENT_RETIRED, event, List.of(), null);
			case AssessmentPairsRead read ->
				record(Action.ASSESSMENT_PAIRS_READ, event, List.of(), read.persons() + " persons");
		}
	}

	private void record(Action action, InstrumentEvent event, List<String> fields, String reason) {
		this.trail.record(action, Outcome.ALLOWED,
				Ids.of("INSTRUMENT", event.instrument().code() + ":" + event.instrument().version()), fields, reason);
	}

}
