package org.haven.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.haven.audit.SealerStatus.State;
import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.haven.platform.ClusterJob;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.SafeErrorDescription;
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
 * look further back than the oldest transaction running at its previous round.
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
 * it writes nothing more.
 */
class AuditSealer {

	static final long LOCK = 0x4841_5645_4E00_0001L;

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private static final int BATCH = 2_000;

	private static final Duration RETRY = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditVerifier verifier;

	private final Signatures signatures;

	private final Witness witness;

	private final AuditRetention retention;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration checkpointInterval;

	private final boolean scheduled;

	private ChainPosition verified;

	private String horizon;

	private long witnessedPosition;

	private Instant witnessedAt = Instant.EPOCH;

	private long rememberedPosition;

	private boolean startedWithoutWitness;

	private Refusal refusal;

	private Instant nextRetention;

	private volatile SealerStatus status;

	private volatile boolean stopped;

	AuditSealer(JdbcTemplate jdbc, TransactionTemplate transactions, Signatures signatures, Witness witness,
			AuditRetention retention, ApplicationEventPublisher events, Clock clock, Duration checkpointInterval,
			boolean scheduled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.verifier = new AuditVerifier(jdbc, signatures);
		this.signatures = signatures;
		this.witness = witness;
		this.retention = retention;
		this.events = events;
		this.clock = clock;
		this.checkpointInterval = checkpointInterval;
		this.scheduled = scheduled;
		this.status = new SealerStatus(scheduled ? State.STARTING : State.OFF, null, 0, clock.instant(), 0, false);
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
			try {
				if (this.refusal == null && this.verified != null
						&& this.verified.position() > this.witnessedPosition) {
					witness(sign(this.verified));
				}
			}
			catch (RuntimeException ex) {
				log.warn("The audit sealer could not write its last head into the witness [{}]: {}",
						SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
			}
			finally {
				this.witness.close();
			}
		}
	}

	SealerStatus status() {
		return this.status;
	}

	java.nio.file.Path witnessFile() {
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
		if (!ready() || !catchUp()) {
			return 0;
		}
		Sealed sealed = this.transactions.execute(status -> {
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
				return null;
			}
			if (!catchUp()) {
				return null;
			}
			String xmin = this.jdbc.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text",
					String.class);
			List<AuditEvent> found = this.horizon == null ? this.jdbc.query("select " + AuditEventRows.COLUMNS
					+ " from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq)"
					+ " order by e.seq limit ?", AuditEventRows.MAPPER, BATCH)
					: this.jdbc.query(
							"select " + AuditEventRows.COLUMNS
									+ " from audit_event e where e.xact >= ?::xid8 and not exists "
									+ "(select 1 from audit_chain c where c.event_seq = e.seq) order by e.seq limit ?",
							AuditEventRows.MAPPER, this.horizon, BATCH);
			Timestamp now = Timestamp.from(this.clock.instant());
			ChainPosition head = this.verified;
			List<Object[]> entries = new ArrayList<>(found.size());
			for (AuditEvent event : found) {
				long position = head.position() + 1;
				head = new ChainPosition(position, ChainHash.ofEntry(head.hash(), position, event));
				entries.add(new Object[] { position, event.seq(), head.hash(), now });
			}
			this.jdbc.batchUpdate(
					"insert into audit_chain (position, kind, event_seq, format, hash, sealed_at) values (?, 'EVENT', ?, 2, ?, ?)",
					entries);
			return new Sealed(head, found.size(), found.size() < BATCH ? xmin : null);
		});
		if (sealed != null) {
			this.verified = sealed.head();
			if (sealed.horizon() != null) {
				this.horizon = sealed.horizon();
			}
		}
		if (this.refusal == null) {
			remember();
		}
		return sealed == null ? 0 : sealed.added();
	}

	/**
	 * Signs the verified head when this node's last checkpoint is older than the
	 * interval.
	 */
	synchronized void checkpointIfDue() {
		if (!ready() || !catchUp() || this.verified.position() == 0) {
			return;
		}
		Instant dueBefore = this.clock.instant().minus(this.checkpointInterval);
		boolean witnessDue = this.verified.position() > this.witnessedPosition && this.witnessedAt.isBefore(dueBefore);
		List<Long> recent = this.jdbc.queryForList(
				"select position from audit_checkpoint where created_at > ? order by position desc limit 1", Long.class,
				Timestamp.from(dueBefore));
		Long lastSigned = this.jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class);
		boolean databaseDue = recent.isEmpty() && (lastSigned == null || lastSigned < this.verified.position());
		if (witnessDue || databaseDue) {
			Checkpoint checkpoint = sign(this.verified);
			witness(checkpoint);
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
		if (!ready() || !catchUp() || this.verified.position() == 0) {
			return;
		}
		Long lastSigned = this.jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class);
		if (lastSigned == null || lastSigned < this.verified.position()) {
			Checkpoint checkpoint = sign(this.verified);
			witness(checkpoint);
			insert(checkpoint);
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
		if (!ready()) {
			return Optional.empty();
		}
		AuditVerifier.Result whole = this.verifier.check(this.witness.read().orElse(null), false, position -> {
		});
		if (!whole.report().intact()) {
			refuse(whole.report().problem(), whole.report().firstBrokenPosition());
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.transactions.execute(status -> {
				if (!ClusterJob.AUDIT_RETENTION.claim(this.jdbc)) {
					return null;
				}
				this.jdbc.queryForObject("select pg_advisory_xact_lock(?) is null", Boolean.class, LOCK);
				if (!catchUp()) {
					status.setRollbackOnly();
					return null;
				}
				Instant now = this.jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
				long planned = this.retention.lastRemovable(this.jdbc, now, this.verified.position());
				Long first = this.jdbc.queryForObject("select min(position) from audit_chain", Long.class);
				Optional<AuditRetention.Run> run = this.retention.run(this.jdbc);
				if (run.isEmpty()) {
					return null;
				}
				AuditRetention.Run done = run.get();
				Long nowFirst = this.jdbc.queryForObject("select min(position) from audit_chain", Long.class);
				boolean asPlanned = first != null && done.firstRemoved() == first && done.lastRemoved() <= planned
						&& !done.cutOff().isAfter(this.retention.cutOff(done.at())) && (nowFirst == null
								? done.lastRemoved() == this.verified.position() : nowFirst == done.lastRemoved() + 1);
				if (!asPlanned) {
					throw new RetentionRefused(Break.RETENTION_RECORD_INVALID, done.firstRemoved());
				}
				ChainPosition anchor = new ChainPosition(done.lastRemoved(), done.anchor());
				boolean anchored = nowFirst == null ? Arrays.equals(done.anchor(), this.verified.hash())
						: this.verifier.continuesFrom(anchor);
				if (!anchored) {
					throw new RetentionRefused(Break.RETENTION_ANCHOR_MISMATCH, done.lastRemoved());
				}
				RetentionRecord unsigned = new RetentionRecord(micros(done.at()), micros(done.cutOff()),
						done.firstRemoved(), done.lastRemoved(), done.anchor(), done.eventsRemoved(),
						this.signatures.signingKeyId(), new byte[0]);
				RetentionRecord signed = new RetentionRecord(unsigned.appliedAt(), unsigned.cutOff(),
						unsigned.firstRemoved(), unsigned.lastRemoved(), unsigned.anchor(), unsigned.eventsRemoved(),
						unsigned.keyId(), this.signatures.sign(unsigned.signedBytes()));
				this.witness.append(signed);
				this.jdbc.update(
						"""
								insert into audit_retention (applied_at, first_kept, anchor_hash, removed, first_removed, cut_off,
								                             key_id, signature) values (?, ?, ?, ?, ?, ?, ?, ?)""",
						Timestamp.from(signed.appliedAt()), signed.lastRemoved() + 1, signed.anchor(),
						signed.eventsRemoved(), signed.firstRemoved(), Timestamp.from(signed.cutOff()), signed.keyId(),
						signed.signature());
				log.info("Audit retention removed {} events (chain positions {} to {})", signed.eventsRemoved(),
						signed.firstRemoved(), signed.lastRemoved());
				return signed;
			}));
		}
		catch (RetentionRefused ex) {
			refuse(ex.problem, ex.position);
			return Optional.empty();
		}
	}

	/** Verified once since start, and not refusing: the sealer may write. */
	private boolean ready() {
		if (this.stopped) {
			return false;
		}
		if (this.refusal != null) {
			if (this.clock.instant().isBefore(this.refusal.since().plus(RETRY))) {
				return false;
			}
			this.verified = null;
		}
		if (this.verified != null) {
			return true;
		}
		try {
			this.witness.open(this.signatures.publicKeyset());
		}
		catch (RuntimeException ex) {
			log.error("The audit sealer cannot use its witness, and seals nothing [{}]: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
			refuse(Break.WITNESS_UNAVAILABLE, 0);
			return false;
		}
		Optional<CheckpointFile> file = this.witness.read();
		Optional<Checkpoint> head = this.witness.head();
		AuditVerifier.Result checked;
		if (file.isEmpty() && head.isEmpty()) {
			this.startedWithoutWitness = true;
			log.warn("The audit sealer found no witness in {}: it trusts the chain as verified from its start (or "
					+ "from the signed record where retention left it) and the checkpoints signed with this node's "
					+ "key, and keeps a witness from now on", this.witness.file());
			checked = this.verifier.check(null, false, position -> {
			});
		}
		else {
			List<Checkpoint> known = new ArrayList<>(file.map(CheckpointFile::checkpoints).orElse(List.of()));
			head.ifPresent(known::add);
			known.forEach(
					checkpoint -> this.witnessedPosition = Math.max(this.witnessedPosition, checkpoint.position()));
			checked = this.verifier.check(new CheckpointFile(this.signatures.publicKeyset(), known,
					file.map(CheckpointFile::retentions).orElse(List.of())), true, position -> {
					});
		}
		if (!checked.report().intact()) {
			refuse(checked.report().problem(), checked.report().firstBrokenPosition());
			return false;
		}
		if (this.refusal != null) {
			log.warn("The audit chain verifies again from this node's witness; the sealer resumes");
		}
		this.refusal = null;
		this.verified = checked.head();
		this.horizon = null;
		if (this.verified.position() > this.witnessedPosition) {
			witness(sign(this.verified));
		}
		remember();
		return true;
	}

	/**
	 * Verifies the entries other nodes added since the head this sealer verified, and
	 * that this head is still there; false when it found a break, and then refuses.
	 */
	private boolean catchUp() {
		if (this.verified.position() > 0) {
			List<byte[]> stored = this.jdbc.queryForList("select hash from audit_chain where position = ?",
					byte[].class, this.verified.position());
			if (stored.isEmpty()) {
				if (!removedByRetention(this.verified.position())) {
					ChainPosition head = ChainPosition.latest(this.jdbc);
					refuse(head.position() < this.verified.position() ? Break.TRUNCATED : Break.CHAIN_ENTRY_MISSING,
							Math.min(head.position() + 1, this.verified.position()));
					return false;
				}
			}
			else if (!Arrays.equals(stored.getFirst(), this.verified.hash())) {
				refuse(Break.CHECKPOINT_MISMATCH, this.verified.position());
				return false;
			}
		}
		while (true) {
			AuditVerifier.Walk walk = this.verifier.walkFrom(this.verified, 50_000);
			if (walk.problem() != null) {
				refuse(walk.problem(), walk.brokenPosition());
				return false;
			}
			boolean more = walk.head().position() > this.verified.position();
			this.verified = walk.head();
			if (!more) {
				return true;
			}
		}
	}

	private boolean removedByRetention(long position) {
		String key = this.signatures.publicKeyset();
		return this.verifier.databaseRetentions()
			.stream()
			.anyMatch(record -> record.lastRemoved() >= position && record.signedWith(key));
	}

	private void refuse(Break problem, long position) {
		boolean known = this.refusal != null && this.refusal.problem() == problem
				&& this.refusal.position() == position;
		this.refusal = new Refusal(problem, position, this.clock.instant());
		this.status = new SealerStatus(State.REFUSING, problem, position, this.refusal.since(), this.witnessedPosition,
				this.startedWithoutWitness);
		if (known) {
			return;
		}
		log.error("The audit chain is broken at position {} ({}): the sealer seals and signs nothing until it verifies "
				+ "again from this node's witness", position, problem);
		try {
			if (this.verified != null && this.verified.position() > this.witnessedPosition
					&& problem != Break.WITNESS_UNAVAILABLE) {
				witness(sign(this.verified));
			}
		}
		catch (RuntimeException ex) {
			log.error("The audit sealer could not write its last verified head into the witness [{}]: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
		this.events.publishEvent(new IntegrityCheckFailed("audit-chain", Ids.of("AUDIT_CHAIN",
				position + " " + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
	}

	private Checkpoint sign(ChainPosition head) {
		Instant now = micros(this.clock.instant());
		return new Checkpoint(head.position(), head.hash(), now, this.signatures.signingKeyId(),
				this.signatures.sign(ChainHash.checkpointBytes(head.position(), head.hash(), now)));
	}

	private void witness(Checkpoint checkpoint) {
		this.witness.append(checkpoint);
		this.witnessedPosition = Math.max(this.witnessedPosition, checkpoint.position());
		this.witnessedAt = checkpoint.createdAt();
		this.witness.remember(checkpoint);
		this.rememberedPosition = checkpoint.position();
	}

	/** Keeps the newest verified head in the witness's head file, for a restart. */
	private void remember() {
		if (this.verified.position() > this.rememberedPosition) {
			this.witness.remember(sign(this.verified));
			this.rememberedPosition = this.verified.position();
		}
		this.status = new SealerStatus(State.SEALING, null, this.verified.position(), this.clock.instant(),
				this.witnessedPosition, this.startedWithoutWitness);
	}

	private void insert(Checkpoint checkpoint) {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?) is null", Boolean.class, LOCK);
			this.jdbc.update("""
					insert into audit_checkpoint (position, chain_head, created_at, key_id, signature)
					values (?, ?, ?, ?, ?) on conflict (position) do nothing""", checkpoint.position(),
					checkpoint.chainHead(), Timestamp.from(checkpoint.createdAt()), checkpoint.keyId(),
					checkpoint.signature());
		});
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private record Sealed(ChainPosition head, int added, String horizon) {
	}

	private record Refusal(Break problem, long position, Instant since) {
	}

	private static final class RetentionRefused extends RuntimeException {

		private final Break problem;

		private final long position;

		RetentionRefused(Break problem, long position) {
			super(problem.name(), null, false, false);
			this.problem = problem;
			this.position = position;
		}

	}

}
