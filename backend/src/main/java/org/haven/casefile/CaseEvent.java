package org.haven.casefile;

import java.util.List;

/**
 * What happened to a case, one past-tense record per fact, published inside the
 * transaction of the fact (the audit trail's "no trail, no access" depends on it). Names
 * the case by its code and what the fact touched by the case's own part names, never
 * content.
 */
public sealed interface CaseEvent
		permits CaseCreated, CaseViewed, SituationRecorded, NeedsRecorded, NonPunishmentRecorded, FollowUpScheduled,
		StatusAdvanced, ClosureRequested, ClosureApproved, ClosureReturned, CaseReopened, CaseworkersAssigned,
		NoteAdded, BreakGlassOpened, BreakGlassEnded, BreakGlassReviewed, ErasureRequested, ErasureApproved,
		ErasureRefused, IntakeDraftsExpired, RetentionReviewDue, CaseKeptPastRetention, ClosureApprovedDespiteConcerns,
		CaseTransferRequested, CaseTransferred, CaseTransferRefused {

	/**
	 * The parts of the case the fact concerns, as the audit trail names them; none for
	 * the whole case.
	 */
	default List<String> parts() {
		return List.of();
	}

}
