package org.haven.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** A position of the chain and its hash: the head, or a point verified or trusted. */
record ChainPosition(long position, byte[] hash) {

	/** The last entry of the chain, or the genesis position when it has none. */
	static ChainPosition latest(JdbcTemplate jdbc) {
		List<ChainPosition> sealed = jdbc.query("select position, hash from audit_chain order by position desc limit 1",
				(row, number) -> new ChainPosition(row.getLong(1), row.getBytes(2)));
		return sealed.isEmpty() ? new ChainPosition(0, ChainHash.GENESIS) : sealed.getFirst();
	}

}
