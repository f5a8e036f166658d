package org.haven.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Haven reaches PostgreSQL. Without a URL Haven starts its own embedded server; with
 * one it uses that server and starts nothing. Environment variables map onto these names:
 * {@code HAVEN_DB_URL}, {@code HAVEN_DB_USER}, {@code HAVEN_DB_PASSWORD},
 * {@code HAVEN_DB_OWNER_USER}, {@code HAVEN_DB_OWNER_PASSWORD},
 * {@code HAVEN_DB_SEALER_USER}, {@code HAVEN_DB_SEALER_PASSWORD}.
 */
@ConfigurationProperties("haven.db")
public record DatabaseProperties(String url, String user, String password, Owner owner, Sealer sealer, String schema,
		boolean ephemeral, int poolSize, int auditPoolSize, Duration connectionTimeout) {

	/**
	 * How long a call waits for a connection before it fails: short, so that with the
	 * database gone a user is told so within seconds instead of a screen that hangs.
	 */
	static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

	public DatabaseProperties {
		owner = owner == null ? new Owner(null, null) : owner;
		sealer = sealer == null ? new Sealer(null, null) : sealer;
		schema = StringUtils.hasText(schema) ? schema : "haven";
		poolSize = poolSize > 0 ? poolSize : 10;
		auditPoolSize = auditPoolSize > 0 ? auditPoolSize : 4;
		connectionTimeout = connectionTimeout == null ? DEFAULT_CONNECTION_TIMEOUT : connectionTimeout;
	}

	boolean external() {
		return StringUtils.hasText(this.url);
	}

	/** The role that owns the schema and runs the migrations. */
	public record Owner(String user, String password) {
	}

	/**
	 * The role the audit sealer connects as: the only one that writes the hash chain,
	 * checkpoints and retention records.
	 */
	public record Sealer(String user, String password) {
	}

}
