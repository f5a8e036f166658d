package org.haven;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Runs a Java migration again, as Flyway does: as the schema owner, in Haven's schema.
 */
public final class AsSchemaOwner {

	private AsSchemaOwner() {
	}

	public static void migrate(JavaMigration migration, DataSource owner) throws Exception {
		try (Connection connection = owner.getConnection()) {
			connection.createStatement().execute("set search_path = haven");
			migration.migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
	}

}
