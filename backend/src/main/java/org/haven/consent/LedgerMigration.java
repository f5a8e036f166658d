package org.haven.consent;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.haven.crypto.AuthorizationSeal;

/**
 * A migration of the consent ledger that seals rows, and so needs Haven's keys: a Spring
 * bean, so that Flyway finds it; runs as the schema owner, in the migration's
 * transaction.
 */
abstract class LedgerMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	protected final AuthorizationSeal seal;

	LedgerMigration(String version, String description, AuthorizationSeal seal) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.seal = seal;
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
