package org.haven.audit;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountDirectory;
import org.haven.casefile.BreakGlassEnded;
import org.haven.casefile.BreakGlassOpened;
import org.haven.casefile.BreakGlassReviewed;
import org.haven.casefile.CaseCreated;
import org.haven.casefile.CaseEvent;
import org.haven.casefile.CaseKeptPastRetention;
import org.haven.casefile.ClosureApprovedDespiteConcerns;
import org.haven.casefile.CaseReopened;
import org.haven.casefile.CaseTransferRefused;
import org.haven.casefile.CaseTransferRequested;
import org.haven.casefile.CaseTransferred;
import org.haven.casefile.CaseViewed;
import org.haven.casefile.CaseworkersAssigned;
import org.haven.casefile.ClosureApproved;
import org.haven.casefile.ClosureRequested;
import org.haven.casefile.ClosureReturned;
import org.haven.casefile.ErasureApproved;
import org.haven.casefile.ErasureRefused;
import org.haven.casefile.ErasureRequested;
import org.haven.casefile.FollowUpScheduled;
import org.haven.casefile.IntakeDraftsExpired;
import org.haven.casefile.NeedsRecorded;
import org.haven.casefile.NonPunishmentRecorded;
import org.haven.casefile.NoteAdded;
import org.haven.casefile.RetentionReviewDue;
import org.haven.casefile.SituationRecorded;
import org.haven.casefile.StatusAdvanced;
import org.haven.shared.PseudonymousId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what happened to cases: one action per kind of {@link CaseEvent}, the parts as
 * the event names them. Runs synchronously, in the transaction of the fact: a failure to
 * record fails the fact.
 */
@Component
class AuditedCaseEvents {

	private final AuditTrail trail;

	private final AccountDirectory accounts;

	AuditedCaseEvents(AuditTrail trail, AccountDirectory accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@EventListener
	void caseEvent(CaseEvent event) {
		if (event instanceof CaseViewed viewed && WholeRead.of(viewed.code()).isPresent()) {
			return;
		}
		switch (event) {
			case CaseCreated created -> record(Action.CASE_CREATED, created.code(), event,
					created.samePersonAs() == null ? null : "same person as " + created.samePersonAs().value());
			case CaseViewed viewed -> record(Action.CASE_OPENED, viewed.code(), event, null);
			case SituationRecorded recorded -> record(Action.CASE_CHANGED, recorded.code(), event, null);
			case NeedsRecorded recorded -> record(Action.CASE_CHANGED, recorded.code(), event, null);
			case NonPunishmentRecorded recorded -> record(Action.CASE_CHANGED, recorded.code(), event, null);
			case FollowUpScheduled scheduled -> record(Action.CASE_CHANGED, scheduled.code(), event, null);
			case StatusAdvanced advanced -> record(Action.CASE_STATUS_CHANGED, advanced.code(), event, null);
			case ClosureRequested requested -> record(Action.CASE_CLOSURE_REQUESTED, requested.code(), event, null);
			case ClosureApproved approved -> record(Action.CASE_CLOSED, approved.code(), event, null);
			case ClosureReturned returned ->
				record(Action.CASE_CLOSURE_RETURNED, returned.code(), event, returned.reason().name());
			case CaseReopened reopened -> record(Action.CASE_REOPENED, reopened.code(), event, null);
			case CaseworkersAssigned assigned -> record(Action.CASE_ASSIGNED, assigned.code(), event, null);
			case NoteAdded added -> record(Action.CASE_NOTE_ADDED, added.code(), event, null);
			case BreakGlassOpened opened ->
				record(Action.BREAK_GLASS_OPENED, opened.code(), event, opened.reason().name());
			case BreakGlassEnded ended ->
				record(Action.BREAK_GLASS_ENDED, ended.code(), event, "access of " + username(ended.holder()));
			case BreakGlassReviewed reviewed ->
				record(Action.BREAK_GLASS_REVIEWED, reviewed.code(), event, "opened by " + username(reviewed.holder()));
			case ErasureRequested requested ->
				record(Action.ERASURE_REQUESTED, requested.code(), event, requested.reason().name());
			case ErasureApproved approved -> record(Action.ERASURE_APPROVED, approved.code(), event,
					approved.reason().name() + askedBy(approved.requestedBy()));
			case ErasureRefused refused -> record(Action.ERASURE_REFUSED, refused.code(), event,
					refused.reason().name() + ", asked by " + username(refused.requestedBy()));
			case IntakeDraftsExpired expired -> record(Action.INTAKE_DRAFTS_EXPIRED, null, event,
					"discarded " + expired.count() + " drafts untouched since " + expired.untouchedSince());
			case RetentionReviewDue due ->
				record(Action.RETENTION_REVIEW_DUE, due.code(), event, "due since " + due.dueSince());
			case CaseKeptPastRetention kept -> record(Action.CASE_KEPT_PAST_RETENTION, kept.code(), event,
					kept.reason().name() + " until " + kept.keepUntil());
			case ClosureApprovedDespiteConcerns approved ->
				record(Action.CASE_CLOSURE_CONCERNS_OVERRIDDEN, approved.code(), event, approved.reason().name()
						+ " despite " + approved.concerns().stream().map(Enum::name).collect(Collectors.joining(", ")));
			case CaseTransferRequested requested -> record(Action.CASE_TRANSFER_REQUESTED, requested.code(), event,
					"from team " + requested.fromTeam() + " to team " + requested.toTeam());
			case CaseTransferred transferred -> record(Action.CASE_TRANSFERRED, transferred.code(), event,
					"from team " + transferred.fromTeam() + " to team " + transferred.toTeam()
							+ (transferred.keptCaseworkers() ? ", caseworkers kept" : ", caseworkers cleared"));
			case CaseTransferRefused refused ->
				record(Action.CASE_TRANSFER_REFUSED, refused.code(), event, "by team " + refused.toTeam());
		}
	}

	private void record(Action action, PseudonymousId code, CaseEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, code, event.parts(), reason);
	}

	/** Who asked for an erasure; nobody for one of the retention period. */
	private String askedBy(UUID account) {
		return account == null ? "" : ", asked by " + username(account);
	}

	private String username(UUID account) {
		return this.accounts.usernamesOf(List.of(account)).getOrDefault(account, account.toString());
	}

}
