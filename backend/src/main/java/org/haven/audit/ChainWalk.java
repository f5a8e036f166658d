package org.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.haven.audit.VerificationReport.Break;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One walk along the hash chain: reads the entries with their events in batches,
 * recomputes each hash from the one before, and tells the first break apart by kind
 * (missing, deleted, edited, reordered, a signed head that does not match). Knows nothing
 * of where the walk starts or which checkpoints count: {@link AuditVerifier} decides.
 */
class ChainWalk {

	private static final int BATCH = 5_000;

	private static final String ENTRIES = """
			select c.position, c.kind, c.format, c.event_seq, c.hash, e.seq, e.occurred_at, e.actor_id,
			       e.actor_username, e.actor_roles, e.action, e.subject_type, e.subject_id, e.fields, e.outcome,
			       e.reason, e.session_hash, e.client_address
			from audit_chain c left join audit_event e on e.seq = c.event_seq
			where c.position > ? order by c.position limit ?""";

	private final JdbcTemplate jdbc;

	ChainWalk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Walks from {@code start} up to {@code limit} entries, comparing each hash with the
	 * one recomputed from its event and each signed head in {@code heads} at its
	 * position; stops at the first break.
	 * @param fromRetention {@code start} is a retention anchor: a mismatch right after it
	 * is an anchor mismatch
	 */
	Walk walk(ChainPosition start, TreeMap<Long, List<byte[]>> heads, boolean fromRetention, long limit,
			LongConsumer progress) {
		byte[] previous = start.hash();
		long position = start.position();
		long events = 0;
		long checkpoints = 0;
		boolean formatTwoSeen = false;
		long walked = 0;
		while (walked < limit) {
			List<Entry> batch = this.jdbc.query(ENTRIES, ChainWalk::entry, position,
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

	private static Entry entry(ResultSet row, int number) throws SQLException {
		AuditEvent event = row.getObject(6) == null ? null
				: new AuditEvent(row.getLong(6), row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9),
						AuditEventRows.list(row.getString(10)), row.getString(11), row.getString(12), row.getString(13),
						AuditEventRows.list(row.getString(14)), Outcome.valueOf(row.getString(15)), row.getString(16),
						row.getString(17), row.getString(18));
		return new Entry(row.getLong(1), "GAP".equals(row.getString(2)), row.getInt(3),
				row.getObject(4) == null ? -1 : row.getLong(4), row.getBytes(5), event);
	}

	/** How far a walk along the chain got, and why it stopped if it found a break. */
	record Walk(ChainPosition head, long events, long checkpoints, Break problem, long brokenPosition,
			long brokenEventSeq) {
	}

	private record Entry(long position, boolean gap, int format, long eventSeq, byte[] hash, AuditEvent event) {
	}

}
