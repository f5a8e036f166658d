package org.haven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What someone holding the application role's credentials ({@code haven_app}: a
 * compromised node, an SQL injection) can do to stored rows, for tests that attack Haven
 * in SQL rather than through its services. Every statement runs as that role, but for
 * those of {@link #asDatabaseAdministrator()}.
 */
@Component
public class SqlAttacker {

	private final JdbcTemplate app;

	private final JdbcTemplate owner;

	SqlAttacker(JdbcTemplate app, @FlywayDataSource DataSource owner) {
		this.app = app;
		this.owner = new JdbcTemplate(owner);
	}

	/**
	 * The schema owner, who may do what the application role may not: change the schema,
	 * delete any row.
	 */
	public JdbcTemplate asDatabaseAdministrator() {
		return this.owner;
	}

	/** Runs one statement as the application role. */
	public int sql(String statement, Object... arguments) {
		return this.app.update(statement, arguments);
	}

	/**
	 * Inserts a copy of the row that {@code where} matches, with some columns changed:
	 * the forger's way, which keeps whatever else the row holds, its seal included.
	 */
	public void insertCopy(String table, Map<String, Object> changes, String where, Object... whereArguments) {
		List<String> columns = this.app.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? order by ordinal_position""", String.class,
				table);
		List<Object> arguments = new ArrayList<>();
		String selected = columns.stream().map(column -> {
			if (changes.containsKey(column)) {
				arguments.add(changes.get(column));
				return "?";
			}
			return column;
		}).collect(Collectors.joining(", "));
		arguments.addAll(List.of(whereArguments));
		int inserted = this.app.update("insert into " + table + " (" + String.join(", ", columns) + ") select "
				+ selected + " from " + table + " where " + where, arguments.toArray());
		if (inserted != 1) {
			throw new IllegalStateException("Expected to copy one row of " + table + ", copied " + inserted);
		}
	}

	/** The newest audit event's number, to count what came after. */
	public long lastAuditSeq() {
		Long seq = this.app.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	/** Integrity findings about that kind of row and subject recorded since then. */
	public long findingsSince(long seq, String kind, String subjectId) {
		Long count = this.app.queryForObject("""
				select count(*) from audit_event
				where seq > ? and action = 'INTEGRITY_CHECK_FAILED' and reason = ? and subject_id = ?""", Long.class,
				seq, kind, subjectId);
		return count == null ? 0 : count;
	}

	/**
	 * Inserts a row with exactly these values, such as one saved before it was removed.
	 */
	public void insertRow(String table, Map<String, Object> values) {
		this.app.update("insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
				+ String.join(", ", Collections.nCopies(values.size(), "?")) + ")", values.values().toArray());
	}

	/** A row's values by column, for putting it back later. */
	public Map<String, Object> row(String query, Object... arguments) {
		return this.app.queryForMap(query, arguments);
	}

}
