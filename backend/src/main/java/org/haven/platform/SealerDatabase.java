package org.haven.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A small connection pool of its own for the audit sealer, connected as the sealer's role
 * ({@code haven_sealer}): the only role that may write the hash chain, checkpoints and
 * retention records and run retention. Not a {@link DataSource} bean, so that nothing but
 * the sealer picks it up.
 */
public final class SealerDatabase implements AutoCloseable {

	private final HikariDataSource pool;

	SealerDatabase(HikariDataSource pool) {
		this.pool = pool;
	}

	public DataSource dataSource() {
		return this.pool;
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
