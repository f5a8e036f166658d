package org.haven.casefile;

import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The revisions of the case history by number: when, by whom, and in which database
 * transaction ({@code xmin}, the same for every row that transaction wrote, and kept,
 * since revisions are written once and never changed), one round trip for all of them.
 */
@Component
class CaseRevisions {

	private static final String BY_NUMBER = """
			select id, changed_at, changed_by, cast(cast(xmin as text) as bigint) as written_in
			from case_revision where id = any(?)""";

	private final JdbcTemplate jdbc;

	CaseRevisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<Integer, Revision> byNumber(Collection<Integer> numbers) {
		Map<Integer, Revision> found = new HashMap<>();
		if (numbers.isEmpty()) {
			return found;
		}
		this.jdbc.query(BY_NUMBER, statement -> {
			Array array = statement.getConnection().createArrayOf("integer", numbers.toArray());
			statement.setArray(1, array);
		}, row -> {
			Revision revision = new Revision(row.getInt("id"), Instant.ofEpochMilli(row.getLong("changed_at")),
					row.getString("changed_by"), row.getLong("written_in"));
			found.put(revision.number(), revision);
		});
		return found;
	}

	/**
	 * One revision: its number, when, by whom (none: Haven itself), which transaction.
	 */
	record Revision(int number, Instant at, @Nullable String by, long transaction) {
	}

}
