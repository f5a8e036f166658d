package org.haven.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Haven reaches PostgreSQL. Without a URL Haven starts its own embedded server; with
 * one it uses that server and starts nothing. Environment variables map onto these names:
 * {@code HAVEN_DB_URL}, {@code HAVEN_DB_USER}, {@code HAVEN_DB_PASSWORD},
 * {@code HAVEN_DB_OWNER_USER}, {@code HAVEN_DB_OWNER_PASSWORD}.
 */
@ConfigurationProperties("haven.db")
public record DatabaseProperties(String url, String user, String password, Owner owner, String schema,
		boolean ephemeral, int poolSize) {

	public DatabaseProperties {
		owner = owner == null ? new Owner(null, null) : owner;
		schema = StringUtils.hasText(schema) ? schema : "haven";
		poolSize = poolSize > 0 ? poolSize : 10;
	}

	boolean external() {
		return StringUtils.hasText(this.url);
	}

	/** The role that owns the schema and runs the migrations. */
	public record Owner(String user, String password) {
	}

}
