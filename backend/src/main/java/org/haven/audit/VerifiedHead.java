package org.haven.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.haven.audit.SealerStatus.State;
import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.SafeErrorDescription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one node's {@link AuditSealer} has verified of the chain, and what it has put in
 * its {@link Witness}: the head it verified last, how far it signed it into the witness,
 * and whether it refuses. It becomes ready by verifying the chain from the newest head in
 * the witness (or, with no witness, from the start, and warns); it catches up by
 * verifying what other nodes added; a break makes it refuse for a minute at least, write
 * its last verified head into the witness, so that the refusal survives a restart, and
 * publish an integrity finding. The sealer calls it only while holding its own lock.
 */
class VerifiedHead {

	private static final Logger log = LoggerFactory.getLogger(VerifiedHead.class);

	private static final Duration RETRY = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final ChainRecords records;

	private final AuditVerifier verifier;

	private final Signatures signatures;

	private final Witness witness;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private @Nullable ChainPosition verified;

	private @Nullable String horizon;

	private long witnessedPosition;

	private Instant witnessedAt = Instant.EPOCH;

	private long rememberedPosition;

	private boolean startedWithoutWitness;

	private @Nullable Refusal refusal;

	private volatile SealerStatus status;

	private volatile boolean stopped;

	VerifiedHead(JdbcTemplate jdbc, AuditVerifier verifier, Signatures signatures, Witness witness,
			ApplicationEventPublisher events, Clock clock, boolean scheduled) {
		this.jdbc = jdbc;
		this.records = new ChainRecords(jdbc);
		this.verifier = verifier;
		this.signatures = signatures;
		this.witness = witness;
		this.events = events;
		this.clock = clock;
		this.status = new SealerStatus(scheduled ? State.STARTING : State.OFF, null, 0, clock.instant(), 0, false);
	}

	/** The head verified last; only once {@link #ready()}. */
	ChainPosition position() {
		return this.verified;
	}

	/** Where the scan for new events may start, or null to scan them all. */
	@Nullable String horizon() {
		return this.horizon;
	}

	/**
	 * This node linked entries up to {@code head}; the next scan may start at the
	 * horizon.
	 */
	void advance(ChainPosition head, @Nullable String nextHorizon) {
		this.verified = head;
		if (nextHorizon != null) {
			this.horizon = nextHorizon;
		}
	}

	boolean refusing() {
		return this.refusal != null;
	}

	SealerStatus status() {
		return this.status;
	}

	/**
	 * Whether the verified head is newer than the witness and the witness older than the
	 * time.
	 */
	boolean witnessDue(Instant dueBefore) {
		return this.verified.position() > this.witnessedPosition && this.witnessedAt.isBefore(dueBefore);
	}

	/** Signs the verified head and writes it into the witness. */
	Checkpoint witnessHead() {
		Checkpoint checkpoint = sign(this.verified);
		witness(checkpoint);
		return checkpoint;
	}

	/** Ready no more: a clean stop writes the head it verified last into the witness. */
	void stop() {
		this.stopped = true;
		try {
			if (this.refusal == null && this.verified != null && this.verified.position() > this.witnessedPosition) {
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

	/** Verified once since start, and not refusing: the sealer may write. */
	boolean ready() {
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
	boolean catchUp() {
		if (this.verified.position() > 0) {
			byte[] stored = this.records.hashAt(this.verified.position());
			if (stored == null) {
				if (!removedByRetention(this.verified.position())) {
					ChainPosition head = ChainPosition.latest(this.jdbc);
					refuse(head.position() < this.verified.position() ? Break.TRUNCATED : Break.CHAIN_ENTRY_MISSING,
							Math.min(head.position() + 1, this.verified.position()));
					return false;
				}
			}
			else if (!Arrays.equals(stored, this.verified.hash())) {
				refuse(Break.CHECKPOINT_MISMATCH, this.verified.position());
				return false;
			}
		}
		while (true) {
			ChainWalk.Walk walk = this.verifier.walkFrom(this.verified, 50_000);
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
		return this.records.retentions()
			.stream()
			.anyMatch(record -> record.lastRemoved() >= position && record.signedWith(key));
	}

	void refuse(Break problem, long position) {
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
		this.events.publishEvent(new IntegrityCheckFailed("audit-chain",
				Ids.of("AUDIT_CHAIN", position + " " + problem.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
	}

	private Checkpoint sign(ChainPosition head) {
		Instant now = AuditSealer.micros(this.clock.instant());
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
	void remember() {
		if (this.verified.position() > this.rememberedPosition) {
			this.witness.remember(sign(this.verified));
			this.rememberedPosition = this.verified.position();
		}
		this.status = new SealerStatus(State.SEALING, null, this.verified.position(), this.clock.instant(),
				this.witnessedPosition, this.startedWithoutWitness);
	}

	private record Refusal(Break problem, long position, Instant since) {
	}

}
