package org.haven.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that seals the rows stored before Haven sealed them, once, then makes their
 * seals required. It can, because the key files are opened before any migration runs. A
 * Spring bean, so that Flyway finds it; runs as the schema owner, in the migration's
 * transaction.
 */
public abstract class SealingMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	protected final AuthorizationSeal seal;

	protected SealingMigration(String version, String description, AuthorizationSeal seal) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.seal = seal;
	}

	/** Seals every row that has no seal yet, then makes the seal columns NOT NULL. */
	protected abstract void sealExistingRows(JdbcTemplate jdbc);

	@Override
	public final void migrate(Context context) {
		sealExistingRows(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
