package org.haven.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.haven.crypto.Signatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links new events into the hash chain in sequence order, a little after they are
 * written, so that writers never wait for each other. A sequence number that no event
 * took within the grace period (a write rolled back, a crash) is sealed as a gap. Signs a
 * checkpoint of the chain head now and then. One sealer at a time across all Haven nodes,
 * by an advisory lock.
 */
class AuditSealer {

	static final long LOCK = 0x4841_5645_4E00_0001L;

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Signatures signatures;

	private final Clock clock;

	private final Duration gapGrace;

	private final Duration checkpointInterval;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
			runnable -> Thread.ofPlatform().name("audit-sealer").daemon().unstarted(runnable));

	AuditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Signatures signatures, Clock clock,
			Duration gapGrace, Duration checkpointInterval) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.signatures = signatures;
		this.clock = clock;
		this.gapGrace = gapGrace;
		this.checkpointInterval = checkpointInterval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.executor.scheduleWithFixedDelay(this::sealQuietly, 1, 1, TimeUnit.SECONDS);
	}

	void stop() {
		this.executor.shutdownNow();
	}

	private void sealQuietly() {
		try {
			while (sealAvailable() > 0 && !Thread.currentThread().isInterrupted()) {
				// keep going while there is a backlog
			}
			checkpointIfDue();
		}
		catch (RuntimeException ex) {
			if (!Thread.currentThread().isInterrupted()) {
				log.error("The audit sealer failed; it tries again in a second", ex);
			}
		}
	}

	/**
	 * Seals what can be sealed now, up to a batch; returns how many chain entries it
	 * added.
	 */
	int sealAvailable() {
		Integer sealed = this.transactions.execute(status -> {
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
				return 0;
			}
			ChainPosition last = ChainPosition.latest(this.jdbc);
			List<AuditEvent> events = this.jdbc.query(
					"select " + AuditEventRows.COLUMNS + " from audit_event where seq > ? order by seq limit 2000",
					AuditEventRows.MAPPER, last.seq());
			Instant now = this.clock.instant();
			long expected = last.seq() + 1;
			byte[] previous = last.hash();
			int added = 0;
			for (AuditEvent event : events) {
				if (event.seq() > expected && event.occurredAt().plus(this.gapGrace).isAfter(now)) {
					break;
				}
				for (; expected < event.seq(); expected++) {
					previous = ChainHash.ofGap(previous, expected);
					insert(expected, "GAP", previous, now);
					added++;
				}
				previous = ChainHash.ofEvent(previous, event);
				insert(event.seq(), "EVENT", previous, now);
				expected = event.seq() + 1;
				added++;
			}
			return added;
		});
		return sealed == null ? 0 : sealed;
	}

	/** Signs the chain head when the last checkpoint is older than the interval. */
	void checkpointIfDue() {
		this.transactions.executeWithoutResult(status -> {
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
				return;
			}
			ChainPosition head = ChainPosition.latest(this.jdbc);
			List<Long> latestCheckpoint = this.jdbc.queryForList(
					"select seq from audit_checkpoint where created_at > ? order by seq desc limit 1", Long.class,
					Timestamp.from(this.clock.instant().minus(this.checkpointInterval)));
			Long lastSigned = this.jdbc.queryForObject("select max(seq) from audit_checkpoint", Long.class);
			if (head.seq() == 0 || !latestCheckpoint.isEmpty() || (lastSigned != null && lastSigned >= head.seq())) {
				return;
			}
			writeCheckpoint(head);
		});
	}

	/**
	 * Signs the current head now, whatever the interval: after sealing in tests, and on
	 * demand.
	 */
	void checkpointNow() {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?) is null", Boolean.class, LOCK);
			ChainPosition head = ChainPosition.latest(this.jdbc);
			Long lastSigned = this.jdbc.queryForObject("select max(seq) from audit_checkpoint", Long.class);
			if (head.seq() > 0 && (lastSigned == null || lastSigned < head.seq())) {
				writeCheckpoint(head);
			}
		});
	}

	private void writeCheckpoint(ChainPosition head) {
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		byte[] signature = this.signatures.sign(ChainHash.checkpointBytes(head.seq(), head.hash(), now));
		this.jdbc.update(
				"insert into audit_checkpoint (seq, chain_head, created_at, key_id, signature) values (?, ?, ?, ?, ?)",
				head.seq(), head.hash(), Timestamp.from(now), this.signatures.signingKeyId(), signature);
	}

	private void insert(long seq, String kind, byte[] hash, Instant now) {
		this.jdbc.update("insert into audit_chain (seq, kind, hash, sealed_at) values (?, ?, ?, ?)", seq, kind, hash,
				Timestamp.from(now));
	}

}
