package org.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reads audit events as stored, and writes their lists. A list is stored comma-separated;
 * reading keeps every item, empty ones included, so that two different stored texts never
 * read as the same list (the empty text is the empty list). Writing refuses an item that
 * is empty or holds a comma, so that what is stored reads back as the list written.
 */
final class AuditEventRows {

	static final String COLUMNS = "seq, occurred_at, actor_id, actor_username, actor_roles, action, subject_type, "
			+ "subject_id, fields, outcome, reason, session_hash, client_address";

	static final RowMapper<AuditEvent> MAPPER = AuditEventRows::map;

	private AuditEventRows() {
	}

	static AuditEvent map(ResultSet row, int number) throws SQLException {
		return new AuditEvent(row.getLong("seq"), row.getTimestamp("occurred_at").toInstant(),
				row.getString("actor_id"), row.getString("actor_username"), list(row.getString("actor_roles")),
				row.getString("action"), row.getString("subject_type"), row.getString("subject_id"),
				list(row.getString("fields")), Outcome.valueOf(row.getString("outcome")), row.getString("reason"),
				row.getString("session_hash"), row.getString("client_address"));
	}

	static List<String> list(String commaSeparated) {
		return commaSeparated == null || commaSeparated.isEmpty() ? List.of()
				: Arrays.asList(commaSeparated.split(",", -1));
	}

	static String stored(List<String> items) {
		for (String item : items) {
			if (item.isEmpty() || item.indexOf(',') >= 0) {
				throw new IllegalArgumentException("An audit list item must be a non-empty name without commas");
			}
		}
		return String.join(",", items);
	}

}
