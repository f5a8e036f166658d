package org.haven.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator can do to the trail with the schema owner's connection,
 * triggers off: change rows, and recompute the chain with the published hash function.
 */
final class Forgery {

	private Forgery() {
	}

	static void asOwnerWithoutTriggers(JdbcTemplate owner, String... statements) {
		owner.execute("alter table haven.audit_event disable trigger user");
		owner.execute("alter table haven.audit_chain disable trigger user");
		owner.execute("alter table haven.audit_checkpoint disable trigger user");
		try {
			for (String statement : statements) {
				owner.execute(statement);
			}
		}
		finally {
			owner.execute("alter table haven.audit_event enable trigger user");
			owner.execute("alter table haven.audit_chain enable trigger user");
			owner.execute("alter table haven.audit_checkpoint enable trigger user");
		}
	}

	/**
	 * Recomputes every chain entry from {@code position} on over the events as they are
	 * now, so that the chain is consistent again.
	 */
	static void rebuildFrom(JdbcTemplate owner, long position) {
		byte[] previous = owner.queryForObject("select hash from haven.audit_chain where position = ?", byte[].class,
				position - 1);
		List<Long> positions = owner.queryForList(
				"select position from haven.audit_chain where position >= ? order by position", Long.class, position);
		List<String> updates = new ArrayList<>();
		for (long at : positions) {
			AuditEvent event = owner.queryForObject("select " + AuditEventRows.COLUMNS
					+ " from haven.audit_event where seq = (select event_seq from haven.audit_chain where position = ?)",
					AuditEventRows.MAPPER, at);
			previous = ChainHash.ofEntry(previous, at, event);
			updates.add("update haven.audit_chain set hash = '\\x" + HexFormat.of().formatHex(previous)
					+ "' where position = " + at);
		}
		asOwnerWithoutTriggers(owner, updates.toArray(String[]::new));
	}

	/**
	 * Appends a chain entry of the attacker's making, as the owner may insert any row.
	 */
	static void insertChainEntry(JdbcTemplate owner, long position, long eventSeq, byte[] hash) {
		owner.update(
				"insert into haven.audit_chain (position, kind, event_seq, format, hash, sealed_at) values (?, 'EVENT', ?, 2, ?, ?)",
				position, eventSeq, hash, Timestamp.from(Instant.now()));
	}

}
