package org.haven.platform;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.postgresql.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Four connections to one database: a pool for the application role, which may only read
 * and write rows it was granted; a small pool of the same role for the audit records
 * written apart from their caller's transaction; a small pool for the audit sealer's
 * role, which alone writes the hash chain; and a plain connection for the schema owner,
 * which Flyway migrates with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	HavenHome havenHome(@Value("${haven.home}") Path root) {
		return new HavenHome(root);
	}

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseProperties properties, HavenHome home) {
		if (properties.external()) {
			return new ExternalDatabase(properties);
		}
		return properties.ephemeral() ? EmbeddedDatabase.startEphemeral() : EmbeddedDatabase.startIn(home);
	}

	@Bean(destroyMethod = "close")
	@Primary
	HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
		DatabaseEndpoints endpoints = server.endpoints();
		return pool("haven", endpoints.url(), endpoints.appUser(), endpoints.appPassword(), properties,
				properties.poolSize());
	}

	@Bean(destroyMethod = "close")
	AuditDatabase auditDatabase(DatabaseServer server, DatabaseProperties properties) {
		DatabaseEndpoints endpoints = server.endpoints();
		return new AuditDatabase(pool("haven-audit", endpoints.url(), endpoints.appUser(), endpoints.appPassword(),
				properties, properties.auditPoolSize()));
	}

	@Bean(destroyMethod = "close")
	SealerDatabase sealerDatabase(DatabaseServer server, DatabaseProperties properties) {
		DatabaseEndpoints endpoints = server.endpoints();
		return new SealerDatabase(pool("haven-sealer", endpoints.url(), endpoints.sealerUser(),
				endpoints.sealerPassword(), properties, 2));
	}

	/**
	 * A pool that fails fast while the database cannot be reached and heals by itself
	 * when it is back: a call waits at most the connection timeout (Hikari's default of
	 * 30 seconds would hang the screen), and a connection found broken is dropped and
	 * replaced when next needed (Hikari checks an idle one before lending it).
	 */
	private static HikariDataSource pool(String name, String url, String user, String password,
			DatabaseProperties properties, int size) {
		HikariConfig config = new HikariConfig();
		config.setPoolName(name);
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setSchema(properties.schema());
		config.setMaximumPoolSize(size);
		config.setConnectionTimeout(properties.connectionTimeout().toMillis());
		config.setValidationTimeout(Math.min(properties.connectionTimeout().toMillis(), 2000));
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(DatabaseServer server) {
		DatabaseEndpoints endpoints = server.endpoints();
		return new SimpleDriverDataSource(new Driver(), endpoints.url(), endpoints.ownerUser(),
				endpoints.ownerPassword());
	}

	@Bean
	FlywayConfigurationCustomizer havenFlywayConfiguration(DatabaseServer server, DatabaseProperties properties) {
		return configuration -> configuration.schemas(properties.schema())
			.defaultSchema(properties.schema())
			.createSchemas(true)
			.placeholders(
					Map.of("app_role", server.endpoints().appUser(), "sealer_role", server.endpoints().sealerUser()));
	}

}
