package org.haven.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.haven.audit.VerificationReport.Break;
import org.haven.audit.ChainWalk.Walk;
import org.haven.audit.VerificationReport.Removal;
import org.haven.crypto.Signatures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the hash chain from its start (or from where signed retention records left
 * it), or from a checkpoint trusted because it was kept elsewhere, and compares it with
 * the chain entries and every signed checkpoint, those of the database and those kept
 * outside. Reports the first break and its kind. Reads in batches, so that millions of
 * events need little memory.
 */
class AuditVerifier {

	private final JdbcTemplate jdbc;

	private final ChainRecords records;

	private final ChainWalk chain;

	private final Signatures signatures;

	AuditVerifier(JdbcTemplate jdbc, Signatures signatures) {
		this.jdbc = jdbc;
		this.records = new ChainRecords(jdbc);
		this.chain = new ChainWalk(jdbc);
		this.signatures = signatures;
	}

	/**
	 * @param external checkpoints and retention records kept outside the database (a
	 * checkpoint file, the witness), whose public key then decides which signatures
	 * count; null for none, with Haven's own key
	 * @param startAtNewest start from the newest checkpoint of {@code external}, trusted;
	 * otherwise start at the beginning and compare with each of them on the way
	 * @param progress told the last chain position checked, batch by batch
	 */
	VerificationReport verify(CheckpointFile external, boolean startAtNewest, LongConsumer progress) {
		return check(external, startAtNewest, progress).report();
	}

	Result check(CheckpointFile external, boolean startAtNewest, LongConsumer progress) {
		String key = external == null || external.publicKeyset() == null ? this.signatures.publicKeyset()
				: external.publicKeyset();
		ChainPosition head = ChainPosition.latest(this.jdbc);

		List<RetentionRecord> retentions = retentions(external);
		ChainPosition start = new ChainPosition(0, ChainHash.GENESIS);
		Removal removal = null;
		long expectedFirst = 1;
		long removedEvents = 0;
		for (RetentionRecord record : retentions) {
			if (!record.signedWith(key) || record.firstRemoved() != expectedFirst
					|| record.lastRemoved() < record.firstRemoved()) {
				return broken(0, 0, head, Math.max(expectedFirst, 1), -1, Break.RETENTION_RECORD_INVALID, removal);
			}
			expectedFirst = record.lastRemoved() + 1;
			removedEvents += record.eventsRemoved();
			start = new ChainPosition(record.lastRemoved(), record.anchor());
			removal = new Removal(1, record.lastRemoved(), removedEvents, record.appliedAt());
		}
		boolean fromRetention = removal != null;
		if (fromRetention) {
			byte[] stillStored = this.records.hashAt(start.position());
			if (stillStored != null && !Arrays.equals(stillStored, start.hash())) {
				return broken(0, 0, head, start.position(), -1, Break.RETENTION_ANCHOR_MISMATCH, removal);
			}
		}

		long checkpointsChecked = 0;
		List<Checkpoint> outside = external == null ? List.of() : external.checkpoints();
		for (Checkpoint checkpoint : outside) {
			if (!checkpoint.signedWith(key)) {
				return broken(0, 0, head, checkpoint.position(), -1, Break.CHECKPOINT_SIGNATURE_INVALID, removal);
			}
		}
		if (startAtNewest && !outside.isEmpty()) {
			Checkpoint trusted = outside.stream().max(Comparator.comparingLong(Checkpoint::position)).orElseThrow();
			if (trusted.position() > start.position()) {
				byte[] stored = this.records.hashAt(trusted.position());
				if (stored == null) {
					return trusted.position() > head.position()
							? broken(0, 1, head, head.position() + 1, -1, Break.TRUNCATED, removal)
							: broken(0, 1, head, trusted.position(), -1, Break.CHAIN_ENTRY_MISSING, removal);
				}
				if (!Arrays.equals(stored, trusted.chainHead())) {
					return broken(0, 1, head, trusted.position(), -1, Break.CHECKPOINT_MISMATCH, removal);
				}
				start = new ChainPosition(trusted.position(), trusted.chainHead());
				fromRetention = false;
				checkpointsChecked = 1;
			}
		}

		TreeMap<Long, List<byte[]>> heads = new TreeMap<>();
		for (Checkpoint checkpoint : this.records.checkpointsAfter(start.position())) {
			if (!checkpoint.signedWith(key)) {
				return broken(0, checkpointsChecked, head, checkpoint.position(), -1,
						Break.CHECKPOINT_SIGNATURE_INVALID, removal);
			}
			heads.computeIfAbsent(checkpoint.position(), position -> new ArrayList<>()).add(checkpoint.chainHead());
		}
		for (Checkpoint checkpoint : outside) {
			if (checkpoint.position() > start.position()) {
				heads.computeIfAbsent(checkpoint.position(), position -> new ArrayList<>()).add(checkpoint.chainHead());
			}
		}

		Walk walk = this.chain.walk(start, heads, fromRetention, Long.MAX_VALUE, progress);
		checkpointsChecked += walk.checkpoints();
		if (walk.problem() != null) {
			return broken(walk.events(), checkpointsChecked, head, walk.brokenPosition(), walk.brokenEventSeq(),
					walk.problem(), removal);
		}
		if (!heads.isEmpty() && heads.lastKey() > walk.head().position()) {
			return broken(walk.events(), checkpointsChecked, head, walk.head().position() + 1, -1, Break.TRUNCATED,
					removal);
		}
		return new Result(VerificationReport.intact(walk.events(), checkpointsChecked, walk.head().position(), removal,
				this.records.notYetSealed()), walk.head());
	}

	/**
	 * Verifies the entries after {@code from}, up to {@code limit} of them, against the
	 * signed checkpoints of the database after it.
	 */
	Walk walkFrom(ChainPosition from, long limit) {
		TreeMap<Long, List<byte[]>> heads = new TreeMap<>();
		String key = this.signatures.publicKeyset();
		for (Checkpoint checkpoint : this.records.checkpointsAfter(from.position())) {
			if (!checkpoint.signedWith(key)) {
				return new Walk(from, 0, 0, Break.CHECKPOINT_SIGNATURE_INVALID, checkpoint.position(), -1);
			}
			heads.computeIfAbsent(checkpoint.position(), position -> new ArrayList<>()).add(checkpoint.chainHead());
		}
		return this.chain.walk(from, heads, false, limit, position -> {
		});
	}

	/**
	 * Whether the entry after {@code anchor} is linked to it: the anchor is the true hash
	 * of the position before.
	 */
	boolean continuesFrom(ChainPosition anchor) {
		Walk next = this.chain.walk(anchor, new TreeMap<>(), true, 1, position -> {
		});
		return next.problem() == null;
	}

	/**
	 * The signed retention records of the database and those kept outside it, one per
	 * run, oldest first.
	 */
	private List<RetentionRecord> retentions(CheckpointFile external) {
		Map<Long, RetentionRecord> byLast = new LinkedHashMap<>();
		for (RetentionRecord record : this.records.retentions()) {
			byLast.put(record.lastRemoved(), record);
		}
		if (external != null) {
			for (RetentionRecord record : external.retentions()) {
				RetentionRecord known = byLast.get(record.lastRemoved());
				if (known == null || known.signature() == null) {
					byLast.put(record.lastRemoved(), record);
				}
			}
		}
		return byLast.values().stream().sorted(Comparator.comparingLong(RetentionRecord::lastRemoved)).toList();
	}

	private static Result broken(long events, long checkpoints, ChainPosition head, long position, long eventSeq,
			Break problem, Removal removal) {
		return new Result(
				VerificationReport.broken(events, checkpoints, head.position(), position, eventSeq, problem, removal),
				null);
	}

	/** A check's report and, when intact, the head it reached. */
	record Result(VerificationReport report, ChainPosition head) {
	}

}
