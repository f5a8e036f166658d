package org.haven.crypto;

import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that seals the rows stored before Haven sealed them, once, then makes their
 * seals required. It can, because the key files are opened before any migration runs. It
 * refuses a database in which any of its tables already holds a seal: there, a row
 * without one was written outside Haven, and sealing it would bless it (as someone who
 * removed the migration from Flyway's history to have it run again would hope). A Spring
 * bean, so that Flyway finds it; runs as the schema owner, in the migration's
 * transaction.
 */
public abstract class SealingMigration extends KeyedMigration {

	private final List<String> tables;

	protected SealingMigration(String version, String description, AuthorizationSeal seal, String... tables) {
		super(version, description, seal);
		this.tables = List.of(tables);
	}

	/**
	 * The column that holds the seals: {@code seal}, unless the tables already seal
	 * another kind of row in it.
	 */
	protected String sealColumn() {
		return "seal";
	}

	/** Seals every row of the tables, none of which has a seal yet. */
	protected abstract void sealExistingRows(JdbcTemplate jdbc);

	@Override
	public final void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		for (String table : this.tables) {
			if (Boolean.TRUE.equals(jdbc.queryForObject(
					"select exists (select 1 from " + table + " where " + sealColumn() + " is not null)",
					Boolean.class))) {
				throw new IllegalStateException("Migration " + getVersion() + " would seal rows of " + table
						+ " that were written without a seal, although Haven seals that table already. "
						+ "Those rows were not written by Haven; Haven stopped before touching any data.");
			}
		}
		sealExistingRows(jdbc);
		this.tables
			.forEach(table -> jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN " + sealColumn() + " SET NOT NULL"));
	}

}
