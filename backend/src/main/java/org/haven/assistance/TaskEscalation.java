package org.haven.assistance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.haven.platform.ClusterJob;
import org.haven.platform.Days;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task still open a grace period (3 days unless configured) after its day is escalated
 * once to the supervisors, who then see it by case code on their home page. Runs hourly
 * on the application's scheduler; one node at a time ({@link ClusterJob}).
 */
@Component
class TaskEscalation {

	private static final Logger log = LoggerFactory.getLogger(TaskEscalation.class);

	private final TaskEntries entries;

	private final ServiceEntries services;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Period grace;

	TaskEscalation(TaskEntries entries, ServiceEntries services, JdbcTemplate jdbc, TransactionTemplate transaction,
			Clock clock, ApplicationEventPublisher events, @Value("${haven.tasks.escalate-after:P3D}") Period grace) {
		this.entries = entries;
		this.services = services;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
		this.grace = grace;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
	void hourly() {
		try {
			raiseForOverdueServices();
			escalateOverdue();
		}
		catch (RuntimeException ex) {
			log.error("Escalating overdue tasks failed [{}]; it runs again within the hour: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
	}

	/** Raises a task for every service newly past its due date; returns how many. */
	int raiseForOverdueServices() {
		Instant now = this.clock.instant();
		LocalDate today = Days.of(now);
		Integer raised = this.transaction.execute(status -> {
			if (!ClusterJob.TASK_ESCALATION.claim(this.jdbc)) {
				return 0;
			}
			int count = 0;
			for (ServiceEntry service : this.services.findStillDueBefore(today)) {
				if (service.overdueTaskDue()) {
					this.services.saveAndFlush(service);
					this.entries.saveAndFlush(new TaskEntry(UUID.randomUUID(), service.caseId(), service.code(),
							TaskKind.SERVICE_OVERDUE, null, today, service.createdBy(), service.createdBy(), now));
					this.events.publishEvent(new TaskAdded(service.code(), TaskKind.SERVICE_OVERDUE));
					count++;
				}
			}
			return count;
		});
		return raised == null ? 0 : raised;
	}

	/** Escalates every task overdue past the grace period; returns how many. */
	int escalateOverdue() {
		Instant now = this.clock.instant();
		LocalDate before = Days.of(now).minus(this.grace);
		Integer escalated = this.transaction.execute(status -> {
			if (!ClusterJob.TASK_ESCALATION.claim(this.jdbc)) {
				return 0;
			}
			int count = 0;
			for (TaskEntry entry : this.entries.findOpenDueBefore(before)) {
				if (entry.escalate(now)) {
					this.entries.saveAndFlush(entry);
					this.events.publishEvent(new TaskEscalated(entry.code(), entry.kind()));
					count++;
				}
			}
			return count;
		});
		return escalated == null ? 0 : escalated;
	}

}
