package org.haven.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.haven.audit.VerificationReport.Break;
import org.haven.crypto.Signatures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the hash chain from its start, or from a checkpoint trusted because it was
 * kept elsewhere, and compares it with the chain entries and the signed checkpoints.
 * Reports the first break and its kind. Reads in batches, so that millions of events need
 * little memory.
 */
class AuditVerifier {

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final Signatures signatures;

	AuditVerifier(JdbcTemplate jdbc, Signatures signatures) {
		this.jdbc = jdbc;
		this.signatures = signatures;
	}

	/**
	 * @param trusted a checkpoint kept outside the database to start from and trust, or
	 * null to start at the beginning (or where retention left it)
	 * @param publicKeyset the key that must have signed the trusted checkpoint; null for
	 * Haven's own
	 * @param progress told the last sequence number checked, batch by batch
	 */
	VerificationReport verify(Checkpoint trusted, String publicKeyset, LongConsumer progress) {
		String key = publicKeyset == null ? this.signatures.publicKeyset() : publicKeyset;
		ChainPosition start = ChainPosition.start(this.jdbc);
		long lastSeq = lastSeq();
		long events = 0;
		if (trusted != null) {
			if (!Signatures.verify(key, trusted.signature(), trusted.signedBytes())) {
				return VerificationReport.broken(0, 0, lastSeq, trusted.seq(), Break.CHECKPOINT_SIGNATURE_INVALID);
			}
			if (trusted.seq() > lastSeq) {
				return VerificationReport.broken(0, 1, lastSeq, lastSeq + 1, Break.TRUNCATED);
			}
			List<byte[]> stored = this.jdbc.queryForList("select hash from audit_chain where seq = ?", byte[].class,
					trusted.seq());
			if (stored.isEmpty()) {
				return VerificationReport.broken(0, 1, lastSeq, trusted.seq(), Break.CHAIN_ENTRY_MISSING);
			}
			if (!Arrays.equals(stored.getFirst(), trusted.chainHead())) {
				return VerificationReport.broken(0, 1, lastSeq, trusted.seq(), Break.CHECKPOINT_MISMATCH);
			}
			start = new ChainPosition(trusted.seq(), trusted.chainHead());
		}
		TreeMap<Long, Checkpoint> checkpoints = checkpointsAfter(start.seq());
		long checkpointsChecked = trusted == null ? 0 : 1;
		for (Checkpoint checkpoint : checkpoints.values()) {
			if (!Signatures.verify(key, checkpoint.signature(), checkpoint.signedBytes())) {
				return VerificationReport.broken(0, checkpointsChecked, lastSeq, checkpoint.seq(),
						Break.CHECKPOINT_SIGNATURE_INVALID);
			}
		}

		byte[] previous = start.hash();
		long position = start.seq();
		while (true) {
			Batch batch = batchAfter(position);
			if (batch.chain().isEmpty()) {
				break;
			}
			long lastInBatch = batch.chain().lastKey();
			for (long seq = position + 1; seq <= lastInBatch; seq++) {
				Link link = batch.chain().get(seq);
				AuditEvent event = batch.events().get(seq);
				if (link == null) {
					return VerificationReport.broken(events, checkpointsChecked, lastSeq, seq,
							event == null ? Break.DELETED : Break.CHAIN_ENTRY_MISSING);
				}
				byte[] expected;
				if (link.gap()) {
					if (event != null) {
						return VerificationReport.broken(events, checkpointsChecked, lastSeq, seq, Break.INSERTED);
					}
					expected = ChainHash.ofGap(previous, seq);
				}
				else {
					if (event == null) {
						return VerificationReport.broken(events, checkpointsChecked, lastSeq, seq, Break.DELETED);
					}
					expected = ChainHash.ofEvent(previous, event);
					events++;
				}
				if (!Arrays.equals(expected, link.hash())) {
					Break kind = event == null ? Break.EDITED : classify(previous, seq, link.hash(), batch);
					return VerificationReport.broken(events, checkpointsChecked, lastSeq, seq, kind);
				}
				Checkpoint checkpoint = checkpoints.get(seq);
				if (checkpoint != null) {
					if (!Arrays.equals(checkpoint.chainHead(), expected)) {
						return VerificationReport.broken(events, checkpointsChecked, lastSeq, seq,
								Break.CHECKPOINT_MISMATCH);
					}
					checkpointsChecked++;
				}
				previous = expected;
				position = seq;
			}
			progress.accept(position);
		}
		Map.Entry<Long, Checkpoint> lastCheckpoint = checkpoints.lastEntry();
		if (lastCheckpoint != null && lastCheckpoint.getKey() > position) {
			return VerificationReport.broken(events, checkpointsChecked, lastSeq, position + 1, Break.TRUNCATED);
		}
		return VerificationReport.intact(events, checkpointsChecked, position);
	}

	/**
	 * An event of a later position that hashes correctly here was moved: the events were
	 * reordered.
	 */
	private static Break classify(byte[] previous, long seq, byte[] stored, Batch batch) {
		for (AuditEvent other : batch.events().tailMap(seq, false).headMap(seq + 50).values()) {
			if (Arrays.equals(ChainHash.ofEvent(previous, other, seq), stored)) {
				return Break.REORDERED;
			}
		}
		return Break.EDITED;
	}

	/**
	 * The next chain entries after a position, and the events of the same sequence
	 * numbers.
	 */
	private Batch batchAfter(long position) {
		TreeMap<Long, Link> chain = new TreeMap<>();
		this.jdbc
			.query("select seq, kind, hash from audit_chain where seq > ? order by seq limit ?",
					(row, number) -> new Link(row.getLong(1), "GAP".equals(row.getString(2)), row.getBytes(3)),
					position, BATCH)
			.forEach(link -> chain.put(link.seq(), link));
		TreeMap<Long, AuditEvent> events = new TreeMap<>();
		if (!chain.isEmpty()) {
			this.jdbc
				.query("select " + AuditEventRows.COLUMNS + " from audit_event where seq > ? and seq <= ? order by seq",
						AuditEventRows.MAPPER, position, chain.lastKey() + 50)
				.forEach(event -> events.put(event.seq(), event));
		}
		return new Batch(chain, events);
	}

	private TreeMap<Long, Checkpoint> checkpointsAfter(long seq) {
		TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
		this.jdbc.query(
				"select seq, chain_head, created_at, key_id, signature from audit_checkpoint where seq > ? order by seq",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)),
				seq)
			.forEach(checkpoint -> checkpoints.put(checkpoint.seq(), checkpoint));
		return checkpoints;
	}

	private long lastSeq() {
		Long last = this.jdbc.queryForObject("select max(seq) from audit_event", Long.class);
		return last == null ? 0 : last;
	}

	private record Link(long seq, boolean gap, byte[] hash) {
	}

	private record Batch(TreeMap<Long, Link> chain, TreeMap<Long, AuditEvent> events) {
	}

}
