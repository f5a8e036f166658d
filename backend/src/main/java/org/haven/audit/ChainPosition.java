package org.haven.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The last sealed entry of the chain, or where retention left its start. */
record ChainPosition(long seq, byte[] hash) {

	static ChainPosition latest(JdbcTemplate jdbc) {
		List<ChainPosition> sealed = jdbc.query("select seq, hash from audit_chain order by seq desc limit 1",
				(row, number) -> new ChainPosition(row.getLong(1), row.getBytes(2)));
		return sealed.isEmpty() ? start(jdbc) : sealed.getFirst();
	}

	/**
	 * Where verification starts: after the part retention removed, or at the beginning.
	 */
	static ChainPosition start(JdbcTemplate jdbc) {
		List<ChainPosition> anchors = jdbc.query(
				"select first_kept - 1, anchor_hash from audit_retention order by first_kept desc limit 1",
				(row, number) -> new ChainPosition(row.getLong(1), row.getBytes(2)));
		return anchors.isEmpty() ? new ChainPosition(0, ChainHash.GENESIS) : anchors.getFirst();
	}

}
