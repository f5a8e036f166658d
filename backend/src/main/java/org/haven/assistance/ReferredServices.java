package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.haven.casefile.WorkedCase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service lines and tasks as the referrals module uses them, after its own
 * need-to-know check of the case: which service a referral answers, where that service
 * stands once the partner answers, and the tasks a referral raises (no answer in time, a
 * revocation to tell the partner of).
 */
@Component
@Transactional
public class ReferredServices {

	private final ServiceEntries services;

	private final TaskEntries tasks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReferredServices(ServiceEntries services, TaskEntries tasks, Clock clock, ApplicationEventPublisher events) {
		this.services = services;
		this.tasks = tasks;
		this.clock = clock;
		this.events = events;
	}

	/** The service type of one of the case's service lines provided by a partner. */
	public Optional<String> partnerServiceOf(WorkedCase worked, UUID service) {
		return this.services.findById(service)
			.filter(entry -> entry.caseId().equals(worked.id()) && entry.providedBy() == ProvidedBy.PARTNER)
			.map(ServiceEntry::type);
	}

	/** The service line now stands where the referral brought it. */
	public void follow(WorkedCase worked, UUID service, ServiceStatus status, LocalDate on) {
		this.services.findById(service).filter(entry -> entry.caseId().equals(worked.id())).ifPresent(entry -> {
			if (entry.status() == status) {
				return;
			}
			LocalDate deliveredOn = on.isBefore(entry.requestedOn()) ? entry.requestedOn() : on;
			entry.update(status, deliveredOn, entry.outcome());
			ServiceEntry saved = this.services.saveAndFlush(entry);
			this.events.publishEvent(new ServiceUpdated(worked.code(), saved.type(), saved.status()));
		});
	}

	/** A task a referral raises, for the caseworker given, due on the day given. */
	public void raise(WorkedCase worked, TaskKind kind, LocalDate dueOn, UUID caseworker) {
		this.tasks.saveAndFlush(new TaskEntry(UUID.randomUUID(), worked.id(), worked.code(), kind, null, dueOn,
				caseworker, caseworker, this.clock.instant()));
		this.events.publishEvent(new TaskAdded(worked.code(), kind));
	}

}
