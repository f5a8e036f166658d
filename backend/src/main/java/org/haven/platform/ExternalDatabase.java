package org.haven.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * A PostgreSQL server run by someone else, named by {@code HAVEN_DB_URL}. Haven starts
 * nothing.
 */
final class ExternalDatabase implements DatabaseServer {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabase.class);

	private final DatabaseEndpoints endpoints;

	ExternalDatabase(DatabaseProperties properties) {
		if (!StringUtils.hasText(properties.user())) {
			throw new IllegalStateException(
					"HAVEN_DB_URL is set but HAVEN_DB_USER is not: name the role Haven connects as (usually haven_app)");
		}
		if (!StringUtils.hasText(properties.sealer().user()) || !StringUtils.hasText(properties.sealer().password())) {
			throw new IllegalStateException(
					"HAVEN_DB_URL is set but HAVEN_DB_SEALER_USER or HAVEN_DB_SEALER_PASSWORD is not: "
							+ "name the role the audit sealer connects as (usually haven_sealer, created by "
							+ "deploy/postgres/create-roles.sql). Only that role may write the audit trail's hash chain.");
		}
		String ownerUser = properties.owner().user();
		String ownerPassword = properties.owner().password();
		if (!StringUtils.hasText(ownerUser)) {
			log.warn(
					"HAVEN_DB_OWNER_USER is not set: migrations run as the application role {}. "
							+ "Give Haven a separate schema owner so that the application cannot change the schema.",
					properties.user());
			ownerUser = properties.user();
			ownerPassword = properties.password();
		}
		this.endpoints = new DatabaseEndpoints(properties.url(), properties.user(), properties.password(), ownerUser,
				ownerPassword, properties.sealer().user(), properties.sealer().password());
		log.info("Using the external PostgreSQL server {}", withoutParameters(properties.url()));
	}

	/** A JDBC URL may carry a password in its parameters; logs get the address only. */
	static String withoutParameters(String url) {
		int parameters = url.indexOf('?');
		return parameters < 0 ? url : url.substring(0, parameters);
	}

	@Override
	public DatabaseEndpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public void close() {
	}

}
