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

import org.haven.platform.ClusterJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes audit events older than the retention period (seven years unless configured),
 * through the database's retention procedure only, once a day. Each run that removes
 * something is itself an event. Every node schedules it; one at a time runs it
 * ({@link ClusterJob}).
 */
class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	private final Clock clock;

	private final Period retention;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
			runnable -> Thread.ofPlatform().name("audit-retention").daemon().unstarted(runnable));

	private final TransactionTemplate transactions;

	AuditRetention(JdbcTemplate jdbc, TransactionTemplate transactions, AuditTrail trail, Clock clock,
			Period retention) {
		this.jdbc = jdbc;
		this.transactions = transactions;
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

	/**
	 * Removes what is older than the retention period; returns how many events went, none
	 * while another node is at it.
	 */
	long apply() {
		Instant cutOff = this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.retention).toInstant();
		Long removed = this.transactions.execute(status -> {
			if (!ClusterJob.AUDIT_RETENTION.claim(this.jdbc)) {
				return 0L;
			}
			Long count = this.jdbc.queryForObject("select audit_apply_retention(?)", Long.class,
					Timestamp.from(cutOff));
			if (count != null && count > 0) {
				this.trail.record(Action.AUDIT_RETENTION_APPLIED, Outcome.ALLOWED, null, List.of(),
						"removed " + count + " events before " + cutOff);
			}
			return count;
		});
		return removed == null ? 0 : removed;
	}

}
