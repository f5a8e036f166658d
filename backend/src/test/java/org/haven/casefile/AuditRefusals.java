package org.haven.casefile;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The refusals the audit trail recorded after a point, for the access matrices: each "not
 * found" a matrix expects must leave at least one.
 */
final class AuditRefusals {

	private AuditRefusals() {
	}

	static long lastSeq(JdbcTemplate jdbc) {
		Long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	static long after(JdbcTemplate jdbc, long seq) {
		Long count = jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and outcome = 'DENIED' and action = 'ACCESS_REFUSED'",
				Long.class, seq);
		return count == null ? 0 : count;
	}

}
