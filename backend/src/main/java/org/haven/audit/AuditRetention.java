package org.haven.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes audit events older than the retention period (seven years unless configured),
 * through the database's retention procedure only, once a day. Each run that removes
 * something is itself an event.
 */
class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	private final Clock clock;

	private final Period retention;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
			runnable -> Thread.ofPlatform().name("audit-retention").daemon().unstarted(runnable));

	AuditRetention(JdbcTemplate jdbc, AuditTrail trail, Clock clock, Period retention) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.clock = clock;
		this.retention = retention;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		this.executor.scheduleWithFixedDelay(() -> {
			try {
				apply();
			}
			catch (RuntimeException ex) {
				log.error("Audit retention failed; it runs again tomorrow", ex);
			}
		}, 5, 24 * 60 * 60, TimeUnit.SECONDS);
	}

	void stop() {
		this.executor.shutdownNow();
	}

	/** Removes what is older than the retention period; returns how many events went. */
	long apply() {
		Instant cutOff = this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.retention).toInstant();
		Long removed = this.jdbc.queryForObject("select audit_apply_retention(?)", Long.class, Timestamp.from(cutOff));
		if (removed != null && removed > 0) {
			this.trail.record(Action.AUDIT_RETENTION_APPLIED, Outcome.ALLOWED, null, List.of(),
					"removed " + removed + " events before " + cutOff);
		}
		return removed == null ? 0 : removed;
	}

}
