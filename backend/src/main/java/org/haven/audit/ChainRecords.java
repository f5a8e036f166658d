package org.haven.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements on the audit trail's hash chain, its signed checkpoints and its
 * retention records that the sealer and the verifier share: one place for the SQL, so
 * that both read the chain the same way. Runs in the caller's transaction, as whichever
 * role the caller's connection has (only {@code haven_sealer} may write).
 */
class ChainRecords {

	private final JdbcTemplate jdbc;

	ChainRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the chain's writer lock for the transaction, if no other node holds it. */
	boolean tryWriterLock() {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, AuditSealer.LOCK));
	}

	/** Waits for the chain's writer lock and keeps it for the transaction. */
	void writerLock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?) is null", Boolean.class, AuditSealer.LOCK);
	}

	/** The oldest transaction still running, as seen by this one. */
	String oldestRunningTransaction() {
		return this.jdbc.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
	}

	/**
	 * Committed events not yet in the chain, in order, at most {@code limit}; with a
	 * horizon, only those written by a transaction at or after it, and with
	 * {@code after}, only those after that event.
	 */
	List<AuditEvent> unsealed(@Nullable String horizon, @Nullable Long after, int limit) {
		long from = after == null ? 0L : after;
		// the bound is repeated inside: PostgreSQL does not carry it across the join, and
		// its merge anti-join would otherwise read the whole chain's index for each batch
		return this.jdbc.query(
				"select " + AuditEventRows.COLUMNS + " from audit_event e where e.seq > ?"
						+ (horizon == null ? "" : " and e.xact >= ?::xid8")
						+ " and not exists (select 1 from audit_chain c where c.event_seq = e.seq and c.event_seq > ?)"
						+ " order by e.seq limit ?",
				AuditEventRows.MAPPER,
				horizon == null ? new Object[] { from, from, limit } : new Object[] { from, horizon, from, limit });
	}

	/** Appends entries: each {@code {position, event seq, hash, sealed at}}. */
	void append(List<Object[]> entries) {
		this.jdbc.batchUpdate(
				"insert into audit_chain (position, kind, event_seq, format, hash, sealed_at) values (?, 'EVENT', ?, 2, ?, ?)",
				entries);
	}

	/** The hash stored at a position, or null when no entry is there. */
	byte @Nullable [] hashAt(long position) {
		List<byte[]> stored = this.jdbc.queryForList("select hash from audit_chain where position = ?", byte[].class,
				position);
		return stored.isEmpty() ? null : stored.getFirst();
	}

	/** The first position still in the chain, or null when it is empty. */
	@Nullable Long firstPosition() {
		return this.jdbc.queryForObject("select min(position) from audit_chain", Long.class);
	}

	long notYetSealed() {
		Long count = this.jdbc.queryForObject(
				"select count(*) from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq)",
				Long.class);
		return count == null ? 0 : count;
	}

	/** The newest position any node signed, or null when none has. */
	@Nullable Long lastCheckpointPosition() {
		return this.jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class);
	}

	boolean checkpointSignedSince(Instant since) {
		return !this.jdbc
			.queryForList("select position from audit_checkpoint where created_at > ? order by position desc limit 1",
					Long.class, Timestamp.from(since))
			.isEmpty();
	}

	List<Checkpoint> checkpointsAfter(long position) {
		return this.jdbc.query(
				"select position, chain_head, created_at, key_id, signature from audit_checkpoint where position > ? "
						+ "order by position",
				(row, number) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getTimestamp(3).toInstant(),
						row.getLong(4), row.getBytes(5)),
				position);
	}

	/** Stores a checkpoint, under the writer lock; one already at its position stays. */
	void insertCheckpoint(Checkpoint checkpoint) {
		writerLock();
		this.jdbc.update("""
				insert into audit_checkpoint (position, chain_head, created_at, key_id, signature)
				values (?, ?, ?, ?, ?) on conflict (position) do nothing""", checkpoint.position(),
				checkpoint.chainHead(), Timestamp.from(checkpoint.createdAt()), checkpoint.keyId(),
				checkpoint.signature());
	}

	/** The retention records of the database, oldest first. */
	List<RetentionRecord> retentions() {
		return this.jdbc.query("""
				select applied_at, cut_off, first_removed, first_kept, anchor_hash, removed, key_id, signature
				from audit_retention order by first_kept""",
				(row, number) -> new RetentionRecord(row.getTimestamp(1).toInstant(),
						row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant(),
						row.getObject(3) == null ? -1 : row.getLong(3), row.getLong(4) - 1, row.getBytes(5),
						row.getLong(6), row.getLong(7), row.getBytes(8)));
	}

	void insertRetention(RetentionRecord signed) {
		this.jdbc.update("""
				insert into audit_retention (applied_at, first_kept, anchor_hash, removed, first_removed, cut_off,
				                             key_id, signature) values (?, ?, ?, ?, ?, ?, ?, ?)""",
				Timestamp.from(signed.appliedAt()), signed.lastRemoved() + 1, signed.anchor(), signed.eventsRemoved(),
				signed.firstRemoved(), Timestamp.from(signed.cutOff()), signed.keyId(), signed.signature());
	}

}
