package org.haven.audit;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.haven.crypto.Signatures;
import org.haven.platform.ClusterJob;
import org.haven.shared.SafeErrorDescription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed events into the hash chain, every second, in the order it finds them
 * committed: each new entry takes the next position and names its event, so a rolled-back
 * write leaves nothing to wait for and every committed event is chained within about two
 * seconds. New events are found by the transaction that wrote them: any transaction older
 * than the oldest still running has committed or rolled back, so the scan never needs to
 * look further back than the oldest transaction running at its previous round. Through a
 * backlog of many batches each batch goes on after the last event linked, so that a batch
 * costs the same however long the backlog; once one comes back short, the next scan looks
 * back over the whole horizon again for events a slower transaction committed behind it.
 * <p>
 * It never signs what it has not verified. On start it verifies the chain from the newest
 * head in this node's {@link Witness} (or, with no witness, from the start of the chain
 * and warns); from then on it verifies every entry it did not write itself before it
 * links more, and checks each second that the head it verified is still there. A break
 * stops it: it seals and signs nothing more, writes its last verified head into the
 * witness, so that the refusal survives a restart, and publishes an integrity finding. It
 * signs checkpoints into the witness and the database, and runs retention once a day,
 * signing the record of what was removed. One node writes at a time, by an advisory lock;
 * every node verifies. Connects as {@code haven_sealer}, the only role that may write the
 * chain. {@link SealerSchedule} runs its {@link #round()}; once {@link #stop() stopped}
 * it writes nothing more. What it verified and witnessed is kept by {@link VerifiedHead},
 * a retention run is checked and signed by {@link SignedRetention}, and its statements
 * are in {@link ChainRecords}.
 */
class AuditSealer {

	static final long LOCK = 0x4841_5645_4E00_0001L;

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditVerifier verifier;

	private final ChainRecords records;

	private final SignedRetention signedRetention;

	private final Clock clock;

	private volatile @Nullable Instant caughtUpAt;

	private final Duration checkpointInterval;

	private final Witness witness;

	private final VerifiedHead head;

	private volatile boolean stopped;

	private Instant nextRetention;

	/**
	 * The last event the previous batch linked when that batch was full: the next one
	 * goes on after it. Null when the next scan looks over the whole horizon.
	 */
	private @Nullable Long continueAfter;

	AuditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Signatures signatures, Witness witness,
			AuditRetention retention, ApplicationEventPublisher events, Clock clock, Duration checkpointInterval,
			boolean scheduled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.verifier = new AuditVerifier(jdbc, signatures);
		this.records = new ChainRecords(jdbc);
		this.signedRetention = new SignedRetention(jdbc, retention, this.verifier, signatures, witness);
		this.witness = witness;
		this.head = new VerifiedHead(jdbc, this.verifier, signatures, witness, events, clock, scheduled);
		this.clock = clock;
		this.checkpointInterval = checkpointInterval;
	}

	/** Before the first round: retention first runs a minute later, then daily. */
	void prepareRounds() {
		this.nextRetention = this.clock.instant().plus(Duration.ofMinutes(1));
	}

	/**
	 * Stops sealing, once the step under way has ended; a clean stop writes the head it
	 * verified last into the witness.
	 */
	void stop() {
		this.stopped = true;
		synchronized (this) {
			this.head.stop();
		}
	}

	SealerStatus status() {
		return this.head.status();
	}

	/**
	 * When a round last found nothing left to link: how far the chain may trail behind
	 * what was committed. Null until the first such round.
	 */
	@Nullable Instant caughtUpAt() {
		return this.caughtUpAt;
	}

	Path witnessFile() {
		return this.witness.file();
	}

	/**
	 * One round: links the backlog, signs a checkpoint when one is due and runs retention
	 * when its day has come.
	 */
	void round() {
		try {
			while (!this.stopped && sealAvailable() > 0) {
				// keep going while there is a backlog
			}
			if (!this.stopped && this.head.ready() && !this.head.refusing()) {
				this.caughtUpAt = this.clock.instant();
			}
			checkpointIfDue();
			Instant now = this.clock.instant();
			if (!this.stopped && this.nextRetention != null && now.isAfter(this.nextRetention)) {
				this.nextRetention = now.plus(Duration.ofDays(1));
				applyRetention();
			}
		}
		catch (RuntimeException ex) {
			if (!this.stopped) {
				log.error("The audit sealer failed [{}]; it tries again in a second: {}",
						SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
			}
		}
	}

	/**
	 * Verifies what other nodes added, then links what is committed and not yet in the
	 * chain, up to a batch; returns how many entries it added.
	 */
	synchronized int sealAvailable() {
		if (!this.head.ready() || !this.head.catchUp()) {
			return 0;
		}
		Sealed sealed = this.transactions.execute(status -> {
			if (!this.records.tryWriterLock()) {
				return null;
			}
			if (!this.head.catchUp()) {
				return null;
			}
			String xmin = this.records.oldestRunningTransaction();
			Long after = this.continueAfter;
			List<AuditEvent> found = this.records.unsealed(this.head.horizon(), after, BATCH);
			Timestamp now = Timestamp.from(this.clock.instant());
			ChainPosition linked = this.head.position();
			List<Object[]> entries = new ArrayList<>(found.size());
			for (AuditEvent event : found) {
				long position = linked.position() + 1;
				linked = new ChainPosition(position, ChainHash.ofEntry(linked.hash(), position, event));
				entries.add(new Object[] { position, event.seq(), linked.hash(), now });
			}
			this.records.append(entries);
			boolean full = found.size() == BATCH;
			// a continued scan passed over what committed behind it: only a whole one
			// may move the horizon
			return new Sealed(linked, found.size(), full ? found.getLast().seq() : null,
					full || after != null ? null : xmin);
		});
		if (sealed != null) {
			this.head.advance(sealed.head(), sealed.horizon());
			this.continueAfter = sealed.lastIfFull();
		}
		if (!this.head.refusing()) {
			this.head.remember();
		}
		return sealed == null ? 0 : sealed.added();
	}

	/**
	 * Signs the verified head when this node's last checkpoint is older than the
	 * interval.
	 */
	synchronized void checkpointIfDue() {
		if (!this.head.ready() || !this.head.catchUp() || this.head.position().position() == 0) {
			return;
		}
		Instant dueBefore = this.clock.instant().minus(this.checkpointInterval);
		boolean witnessDue = this.head.witnessDue(dueBefore);
		Long lastSigned = this.records.lastCheckpointPosition();
		boolean databaseDue = !this.records.checkpointSignedSince(dueBefore)
				&& (lastSigned == null || lastSigned < this.head.position().position());
		if (witnessDue || databaseDue) {
			Checkpoint checkpoint = this.head.witnessHead();
			if (databaseDue) {
				insert(checkpoint);
			}
		}
	}

	/**
	 * Signs the verified head now, whatever the interval: after sealing in tests, and on
	 * demand.
	 */
	synchronized void checkpointNow() {
		if (!this.head.ready() || !this.head.catchUp() || this.head.position().position() == 0) {
			return;
		}
		Long lastSigned = this.records.lastCheckpointPosition();
		if (lastSigned == null || lastSigned < this.head.position().position()) {
			insert(this.head.witnessHead());
		}
	}

	/**
	 * Verifies the whole chain, then runs the database's retention procedure, checks that
	 * it removed no more than this sealer's own plan allows and that the rest of the
	 * chain continues from the anchor it returned, and signs the record of it into the
	 * witness and the database, all in one transaction with the procedure's own event.
	 * Anything amiss rolls it all back and stops the sealer.
	 */
	synchronized Optional<RetentionRecord> applyRetention() {
		if (!this.head.ready()) {
			return Optional.empty();
		}
		AuditVerifier.Result whole = this.verifier.check(this.witness.read().orElse(null), false, position -> {
		});
		if (!whole.report().intact()) {
			this.head.refuse(whole.report().problem(), whole.report().firstBrokenPosition());
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.transactions.execute(status -> {
				if (!ClusterJob.AUDIT_RETENTION.claim(this.jdbc)) {
					return null;
				}
				this.records.writerLock();
				if (!this.head.catchUp()) {
					status.setRollbackOnly();
					return null;
				}
				return this.signedRetention.run(this.head.position());
			}));
		}
		catch (SignedRetention.Refused ex) {
			this.head.refuse(ex.problem(), ex.position());
			return Optional.empty();
		}
	}

	private void insert(Checkpoint checkpoint) {
		this.transactions.executeWithoutResult(status -> this.records.insertCheckpoint(checkpoint));
	}

	static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private record Sealed(ChainPosition head, int added, @Nullable Long lastIfFull, @Nullable String horizon) {
	}

}
