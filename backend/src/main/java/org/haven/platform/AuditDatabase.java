package org.haven.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A small pool of the application role for the audit records written apart from their
 * caller's transaction (reads, refusals, sign-ins). The caller often holds a connection
 * of the main pool while its record is written: drawn from that pool too, the records of
 * as many concurrent reads as it has connections would wait for each other until they all
 * failed. A record holds one of these only while it is inserted, and waits for nothing
 * else. Not a {@link DataSource} bean, so that nothing but the audit trail picks it up.
 */
public record AuditDatabase(HikariDataSource pool) implements AutoCloseable {

	public DataSource dataSource() {
		return this.pool;
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
