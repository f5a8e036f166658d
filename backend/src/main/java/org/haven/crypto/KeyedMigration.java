package org.haven.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that seals rows, and so needs Haven's keys, opened before any migration
 * runs: a Spring bean, so that Flyway finds it; runs as the schema owner, in the
 * migration's transaction.
 */
public abstract class KeyedMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	protected final AuthorizationSeal seal;

	protected KeyedMigration(String version, String description, AuthorizationSeal seal) {
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
