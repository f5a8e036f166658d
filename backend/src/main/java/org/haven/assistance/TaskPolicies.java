package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseWork;
import org.haven.casefile.ClosureApproved;
import org.haven.casefile.FollowUpScheduled;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecorded;
import org.haven.consent.ConsentState;
import org.haven.consent.ConsentWithdrawn;
import org.haven.platform.Days;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The tasks Haven raises and cancels by itself, in the transaction of what caused them:
 * the next follow-up date is the case's follow-up task (moved when the date moves); a
 * withdrawal of consent stops the follow-ups and after-care checks it covered and raises
 * a task to see what else it stops; a closed case keeps no open task, and one closed with
 * reintegration, while the person's consent to follow-up contact is live, gets its
 * after-care checks (3, 6 and 12 months later unless configured). A follow-up is refused
 * once the person has withdrawn their consent to follow-up contact, or it has ended. A
 * consent that ends on a day is recalled 30 days before (configurable), until a new
 * version replaces it or it is withdrawn. The fact's own service checked who may do it; a
 * policy follows the case the fact names.
 */
@Component
class TaskPolicies {

	private final TaskEntries entries;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final List<Period> afterCare;

	private final Period endingNotice;

	TaskPolicies(TaskEntries entries, CaseWork cases, ConsentCheck consent, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events, @Value("${haven.after-care.checks:P3M,P6M,P12M}") String afterCare,
			@Value("${haven.consent.ending-notice:P30D}") Period endingNotice) {
		this.afterCare = Arrays.stream(afterCare.split(",")).map(String::strip).map(Period::parse).toList();
		this.endingNotice = endingNotice;
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
			this.consent.refuseIfWithdrawnOrEnded(worked, ConsentPurpose.FOLLOW_UP_CONTACT, "");
		}
		cancelOpen(worked, Set.of(TaskKind.FOLLOW_UP), TaskCancellation.RESCHEDULED);
		if (on != null) {
			raise(worked, TaskKind.FOLLOW_UP, on);
		}
	}

	/**
	 * A new version of a consent replaces the reminder of the old one's end; a version
	 * that ends on a day gets its own, the notice period before that day (today when
	 * nearer).
	 */
	@EventListener
	void consentRecorded(ConsentRecorded recorded) {
		this.cases.ofFact(recorded.code()).ifPresent(worked -> {
			String subject = subjectOf(recorded.purpose(), recorded.scope());
			cancelOpenAbout(worked, subject, TaskCancellation.CONSENT_RENEWED);
			LocalDate endsOn = recorded.endsOn();
			if (endsOn != null && !endsOn.isBefore(today()) && worked.status() != CaseStatus.CLOSED) {
				LocalDate remindOn = endsOn.minus(this.endingNotice);
				this.entries.saveAndFlush(TaskEntry.about(subject, worked.id(), worked.code(), TaskKind.CONSENT_ENDING,
						remindOn.isBefore(today()) ? today() : remindOn, this.accounts.signedInAccount(),
						this.clock.instant()));
				this.events.publishEvent(new TaskAdded(worked.code(), TaskKind.CONSENT_ENDING));
			}
		});
	}

	@EventListener
	void consentWithdrawn(ConsentWithdrawn withdrawn) {
		this.cases.ofFact(withdrawn.code()).ifPresent(worked -> {
			cancelOpenAbout(worked, subjectOf(withdrawn.purpose(), withdrawn.scope()),
					TaskCancellation.CONSENT_WITHDRAWN);
			if (withdrawn.purpose() == ConsentPurpose.FOLLOW_UP_CONTACT) {
				cancelOpen(worked, Set.of(TaskKind.FOLLOW_UP, TaskKind.AFTER_CARE_CHECK),
						TaskCancellation.CONSENT_WITHDRAWN);
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
		if (approved.closedFrom() == CaseStatus.REINTEGRATION_FOLLOW_UP && approved.primaryCaseworker() != null) {
			this.cases.ofFact(approved.code())
				.filter(worked -> this.consent.stateFor(worked, ConsentPurpose.FOLLOW_UP_CONTACT,
						"") == ConsentState.LIVE)
				.ifPresent(worked -> scheduleAfterCare(worked, approved.primaryCaseworker()));
		}
	}

	/**
	 * The after-care checks, months after the closure, for the case's last primary
	 * caseworker.
	 */
	private void scheduleAfterCare(WorkedCase worked, UUID caseworker) {
		LocalDate closedOn = today();
		for (Period after : this.afterCare) {
			this.entries
				.saveAndFlush(new TaskEntry(UUID.randomUUID(), worked.id(), worked.code(), TaskKind.AFTER_CARE_CHECK,
						null, closedOn.plus(after), caseworker, caseworker, this.clock.instant()));
			this.events.publishEvent(new TaskAdded(worked.code(), TaskKind.AFTER_CARE_CHECK));
		}
	}

	private void cancelOpen(WorkedCase worked, Set<TaskKind> kinds, TaskCancellation because) {
		cancel(worked, this.entries.findOpenOfCase(worked.id(), kinds), because);
	}

	private void cancelOpenAbout(WorkedCase worked, String subject, TaskCancellation because) {
		cancel(worked, this.entries.findOpenOfCaseAbout(worked.id(), TaskKind.CONSENT_ENDING, subject), because);
	}

	private void cancel(WorkedCase worked, List<TaskEntry> open, TaskCancellation because) {
		for (TaskEntry entry : open) {
			entry.cancel(because);
			this.entries.saveAndFlush(entry);
			this.events.publishEvent(new TaskCancelled(worked.code(), entry.kind(), because));
		}
	}

	/**
	 * What a consent-ending task is about: the purpose, and the organisation for sharing.
	 */
	static String subjectOf(ConsentPurpose purpose, String scope) {
		return scope == null || scope.isEmpty() ? purpose.name() : purpose.name() + ":" + scope;
	}

	/** A policy's task, for the caseworker whose change raised it. */
	private void raise(WorkedCase worked, TaskKind kind, LocalDate dueOn) {
		UUID me = this.accounts.signedInAccount();
		this.entries.saveAndFlush(new TaskEntry(UUID.randomUUID(), worked.id(), worked.code(), kind, null, dueOn, me,
				me, this.clock.instant()));
		this.events.publishEvent(new TaskAdded(worked.code(), kind));
	}

	private LocalDate today() {
		return Days.today(this.clock);
	}

}
