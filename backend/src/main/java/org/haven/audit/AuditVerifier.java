package org.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.haven.audit.VerificationReport.Break;
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

	private static final int BATCH = 5_000;

	private static final String ENTRIES = """
			select c.position, c.kind, c.format, c.event_seq, c.hash, e.seq, e.occurred_at, e.actor_id,
			       e.actor_username, e.actor_roles, e.action, e.subject_type, e.subject_id, e.fields, e.outcome,
			       e.reason, e.session_hash, e.client_address
			from audit_chain c left join audit_event e on e.seq = c.event_seq
			where c.position > ? order by c.position limit ?""";

	private final JdbcTemplate jdbc;

	private final Signatures signatures;

	AuditVerifier(JdbcTemplate jdbc, Signatures signatures) {
		this.jdbc = jdbc;
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
			byte[] stillStored = hashAt(start.position());
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
				byte[] stored = hashAt(trusted.position());
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
		for (Checkpoint checkpoint : databaseCheckpointsAfter(start.position())) {
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

		Walk walk = walk(start, heads, fromRetention, Long.MAX_VALUE, progress);
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
				notYetSealed()), walk.head());
	}

	/**
	 * Verifies the entries after {@code from}, up to {@code limit} of them, against the
	 * signed checkpoints of the database after it.
	 */
	Walk walkFrom(ChainPosition from, long limit) {
		TreeMap<Long, List<byte[]>> heads = new TreeMap<>();
		String key = this.signatures.publicKeyset();
		for (Checkpoint checkpoint : databaseCheckpointsAfter(from.position())) {
			if (!checkpoint.signedWith(key)) {
				return new Walk(from, 0, 0, Break.CHECKPOINT_SIGNATURE_INVALID, checkpoint.position(), -1);
			}
			heads.computeIfAbsent(checkpoint.position(), position -> new ArrayList<>()).add(checkpoint.chainHead());
		}
		return walk(from, heads, false, limit, position -> {
		});
	}

	/**
	 * Whether the entry after {@code anchor} is linked to it: the anchor is the true hash
	 * of the position before.
	 */
	boolean continuesFrom(ChainPosition anchor) {
		Walk next = walk(anchor, new TreeMap<>(), true, 1, position -> {
		});
		return next.problem() == null;
	}

	private Walk walk(ChainPosition start, TreeMap<Long, List<byte[]>> heads, boolean fromRetention, long limit,
			LongConsumer progress) {
		byte[] previous = start.hash();
		long position = start.position();
		long events = 0;
		long checkpoints = 0;
		boolean formatTwoSeen = false;
		long walked = 0;
		while (walked < limit) {
			List<Entry> batch = this.jdbc.query(ENTRIES, AuditVerifier::entry, position,
					(int) Math.min(BATCH, limit - walked));
			if (batch.isEmpty()) {
				break;
			}
			for (int i = 0; i < batch.size(); i++) {
				Entry entry = batch.get(i);
				if (entry.position() != position + 1) {
					return new Walk(new ChainPosition(position, previous), events, checkpoints,
							Break.CHAIN_ENTRY_MISSING, position + 1, -1);
				}
				byte[] expected;
				if (entry.format() == 1) {
					if (formatTwoSeen) {
						return new Walk(new ChainPosition(position, previous), events, checkpoints, Break.EDITED,
								entry.position(), entry.eventSeq());
					}
					if (entry.gap()) {
						expected = ChainHash.ofLegacyGap(previous, entry.position());
					}
					else if (entry.event() == null) {
						return new Walk(new ChainPosition(position, previous), events, checkpoints, Break.DELETED,
								entry.position(), entry.eventSeq());
					}
					else {
						expected = ChainHash.ofLegacyEvent(previous, entry.event(), entry.position());
					}
				}
				else {
					formatTwoSeen = true;
					if (entry.event() == null) {
						return new Walk(new ChainPosition(position, previous), events, checkpoints, Break.DELETED,
								entry.position(), entry.eventSeq());
					}
					expected = ChainHash.ofEntry(previous, entry.position(), entry.event());
				}
				if (!Arrays.equals(expected, entry.hash())) {
					Break kind = fromRetention && entry.position() == start.position() + 1
							? Break.RETENTION_ANCHOR_MISMATCH
							: classify(previous, entry, batch.subList(i + 1, Math.min(batch.size(), i + 51)));
					return new Walk(new ChainPosition(position, previous), events, checkpoints, kind, entry.position(),
							entry.eventSeq());
				}
				if (!entry.gap()) {
					events++;
				}
				List<byte[]> signed = heads.get(entry.position());
				if (signed != null) {
					for (byte[] signedHead : signed) {
						if (!Arrays.equals(signedHead, expected)) {
							return new Walk(new ChainPosition(position, previous), events, checkpoints,
									Break.CHECKPOINT_MISMATCH, entry.position(), entry.eventSeq());
						}
						checkpoints++;
					}
				}
				previous = expected;
				position = entry.position();
				walked++;
			}
			progress.accept(position);
		}
		return new Walk(new ChainPosition(position, previous), events, checkpoints, null, -1, -1);
	}

	/**
	 * An event of a later entry that hashes correctly here was moved: the events were
	 * reordered.
	 */
	private static Break classify(byte[] previous, Entry entry, List<Entry> later) {
		for (Entry other : later) {
			if (other.event() == null) {
				continue;
			}
			AuditEvent moved = other.event();
			byte[] candidate = entry.format() == 1 ? ChainHash.ofLegacyEvent(previous, moved, entry.position())
					: ChainHash.ofEntry(previous, entry.position(),
							new AuditEvent(entry.eventSeq(), moved.occurredAt(), moved.actorId(), moved.actorUsername(),
									moved.actorRoles(), moved.action(), moved.subjectType(), moved.subjectId(),
									moved.fields(), moved.outcome(), moved.reason(), moved.sessionHash(),
									moved.clientAddress()));
			if (Arrays.equals(candidate, entry.hash())) {
				return Break.REORDERED;
			}
		}
		return Break.EDITED;
	}

	/**
	 * The signed retention records of the database and those kept outside it, one per
	 * run, oldest first.
	 */
	private List<RetentionRecord> retentions(CheckpointFile external) {
		Map<Long, RetentionRecord> byLast = new LinkedHashMap<>();
		for (RetentionRecord record : databaseRetentions()) {
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

	List<RetentionRecord> databaseRetentions() {
		return this.jdbc.query("""
				select applied_at, cut_off, first_removed, first_kept, anchor_hash, removed, key_id, signature
				from audit_retention order by first_kept""",
				(row, number) -> new RetentionRecord(row.getTimestamp(1).toInstant(),
						row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant(),
						row.getObject(3) == null ? -1 : row.getLong(3), row.getLong(4) - 1, row.getBytes(5),
						row.getLong(6), row.getLong(7), row.getBytes(8)));
	}

	private List<Checkpoint> databaseCheckpointsAfter(long position) {
		return this.jdbc.query(
				"select position, chain_head, created_at, key_id, signature from audit_checkpoint where position > ? "
						+ "order by position",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)),
				position);
	}

	private byte[] hashAt(long position) {
		List<byte[]> stored = this.jdbc.queryForList("select hash from audit_chain where position = ?", byte[].class,
				position);
		return stored.isEmpty() ? null : stored.getFirst();
	}

	private long notYetSealed() {
		Long count = this.jdbc.queryForObject(
				"select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq)",
				Long.class);
		return count == null ? 0 : count;
	}

	private static Result broken(long events, long checkpoints, ChainPosition head, long position, long eventSeq,
			Break problem, Removal removal) {
		return new Result(
				VerificationReport.broken(events, checkpoints, head.position(), position, eventSeq, problem, removal),
				null);
	}

	private static Entry entry(ResultSet row, int number) throws SQLException {
		AuditEvent event = row.getObject(6) == null ? null
				: new AuditEvent(row.getLong(6), row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9),
						AuditEventRows.list(row.getString(10)), row.getString(11), row.getString(12), row.getString(13),
						AuditEventRows.list(row.getString(14)), Outcome.valueOf(row.getString(15)), row.getString(16),
						row.getString(17), row.getString(18));
		return new Entry(row.getLong(1), "GAP".equals(row.getString(2)), row.getInt(3),
				row.getObject(4) == null ? -1 : row.getLong(4), row.getBytes(5), event);
	}

	/** A check's report and, when intact, the head it reached. */
	record Result(VerificationReport report, ChainPosition head) {
	}

	/** How far a walk along the chain got, and why it stopped if it found a break. */
	record Walk(ChainPosition head, long events, long checkpoints, Break problem, long brokenPosition,
			long brokenEventSeq) {
	}

	private record Entry(long position, boolean gap, int format, long eventSeq, byte[] hash, AuditEvent event) {
	}

}
