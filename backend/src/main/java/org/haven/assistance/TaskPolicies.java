package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.casefile.ClosureApproved;
import org.haven.casefile.FollowUpScheduled;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentState;
import org.haven.consent.ConsentWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The tasks Haven raises and cancels by itself, in the transaction of what caused them:
 * the next follow-up date is the case's follow-up task (moved when the date moves); a
 * withdrawal of consent stops the follow-ups it covered and raises a task to see what
 * else it stops; a closed case keeps no open task. A follow-up is refused once the person
 * has withdrawn their consent to follow-up contact, or it has ended. The fact's own
 * service checked who may do it; a policy follows the case the fact names.
 */
@Component
class TaskPolicies {

	private final TaskEntries entries;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskPolicies(TaskEntries entries, CaseWork cases, ConsentCheck consent, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.cases = cases;
		this.consent = consent;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void followUpScheduled(FollowUpScheduled scheduled) {
		this.cases.ofFact(scheduled.code()).ifPresent(worked -> followUp(worked, scheduled.on()));
	}

	private void followUp(WorkedCase worked, LocalDate on) {
		if (on != null) {
			ConsentState state = this.consent.stateFor(worked, ConsentPurpose.FOLLOW_UP_CONTACT, "");
			if (state == ConsentState.WITHDRAWN || state == ConsentState.EXPIRED) {
				this.consent.requireFor(worked, ConsentPurpose.FOLLOW_UP_CONTACT, "");
			}
		}
		cancelOpen(worked, Set.of(TaskKind.FOLLOW_UP), TaskCancellation.RESCHEDULED);
		if (on != null) {
			raise(worked, TaskKind.FOLLOW_UP, on);
		}
	}

	@EventListener
	void consentWithdrawn(ConsentWithdrawn withdrawn) {
		this.cases.ofFact(withdrawn.code()).ifPresent(worked -> {
			if (withdrawn.purpose() == ConsentPurpose.FOLLOW_UP_CONTACT) {
				cancelOpen(worked, Set.of(TaskKind.FOLLOW_UP), TaskCancellation.CONSENT_WITHDRAWN);
			}
			raise(worked, TaskKind.CONSENT_WITHDRAWN, today());
		});
	}

	@EventListener
	void closureApproved(ClosureApproved approved) {
		for (TaskEntry open : this.entries.findOpenOfCaseCode(approved.code().value())) {
			open.cancel(TaskCancellation.CASE_CLOSED);
			this.entries.saveAndFlush(open);
			this.events.publishEvent(new TaskCancelled(approved.code(), open.kind(), TaskCancellation.CASE_CLOSED));
		}
	}

	private void cancelOpen(WorkedCase worked, Set<TaskKind> kinds, TaskCancellation because) {
		List<TaskEntry> open = this.entries.findOpenOfCase(worked.id(), kinds);
		for (TaskEntry entry : open) {
			entry.cancel(because);
			this.entries.saveAndFlush(entry);
			this.events.publishEvent(new TaskCancelled(worked.code(), entry.kind(), because));
		}
	}

	/** A policy's task, for the caseworker whose change raised it. */
	private void raise(WorkedCase worked, TaskKind kind, LocalDate dueOn) {
		UUID me = this.accounts.signedInId()
			.orElseThrow(() -> new IllegalStateException("The signed-in user has no account"));
		this.entries.saveAndFlush(new TaskEntry(UUID.randomUUID(), worked.id(), worked.code(), kind, null, dueOn, me,
				me, this.clock.instant()));
		this.events.publishEvent(new TaskAdded(worked.code(), kind));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault());
	}

}
