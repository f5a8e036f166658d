package org.haven.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reading back what the trail recorded, for tests. */
final class AuditTestSupport {

	private AuditTestSupport() {
	}

	static long lastSeq(JdbcTemplate jdbc) {
		Long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	static List<AuditEvent> eventsAfter(JdbcTemplate jdbc, long seq) {
		return jdbc.query("select " + AuditEventRows.COLUMNS + " from audit_event where seq > ? order by seq",
				AuditEventRows.MAPPER, seq);
	}

}
