package org.haven.casefile;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.haven.crypto.AuthorizationSeal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V0040: seals the case rows that were stored before Haven sealed them, once,
 * with the keys open (they are opened before any migration runs), then makes the seals
 * required. Runs as the schema owner, in the migration's transaction.
 */
@Component
class CaseSealsMigration implements JavaMigration {

	private final AuthorizationSeal seal;

	CaseSealsMigration(AuthorizationSeal seal) {
		this.seal = seal;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("0040");
	}

	@Override
	public String getDescription() {
		return "seal case rows";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		List<Object[]> links = jdbc.query(
				"select id, code, person_code, assignment_generation from case_file where seal is null",
				(row, number) -> new Object[] { this.seal.seal(CaseSeals.link(row.getObject(1, UUID.class),
						row.getString(2), row.getString(3), row.getLong(4))), row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update case_file set seal = ? where id = ?", links);

		List<Object[]> assignments = jdbc.query("""
				select w.case_id, w.account_id, w.is_primary, c.assignment_generation
				from case_caseworker w join case_file c on c.id = w.case_id where w.seal is null""",
				(row, number) -> new Object[] {
						this.seal.seal(CaseSeals.assignment(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
								row.getBoolean(3), row.getLong(4))),
						row.getObject(1, UUID.class), row.getObject(2, UUID.class) });
		jdbc.batchUpdate("update case_caseworker set seal = ? where case_id = ? and account_id = ?", assignments);

		List<Object[]> grants = jdbc.query(
				"select id, case_id, account_id, reason, granted_at, expires_at from break_glass_grant where seal is null",
				(row, number) -> new Object[] { this.seal.seal(CaseSeals.grant(row.getObject(1, UUID.class),
						row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
						row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant())),
						row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update break_glass_grant set seal = ? where id = ?", grants);

		jdbc.execute("ALTER TABLE case_file ALTER COLUMN seal SET NOT NULL");
		jdbc.execute("ALTER TABLE case_caseworker ALTER COLUMN seal SET NOT NULL");
		jdbc.execute("ALTER TABLE break_glass_grant ALTER COLUMN seal SET NOT NULL");
	}

}
