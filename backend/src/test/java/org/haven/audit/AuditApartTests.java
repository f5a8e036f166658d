package org.haven.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads, refusals and sign-ins are recorded apart from their caller's transaction, on the
 * audit's own pool: while every connection of the application's pool is in use (as many
 * concurrent reads as it has connections, each holding one), they are still recorded,
 * instead of each waiting for a connection that the others hold until all fail.
 */
@IntegrationTest
class AuditApartTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	HikariDataSource pool;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void while_every_connection_of_the_applications_pool_is_in_use_reads_and_refusals_are_still_recorded()
			throws SQLException {
		String reason = "held-pool-" + UUID.randomUUID();
		List<Connection> held = everyConnectionOfThePool();
		try {
			this.trail.record(Action.AUDIT_SEARCHED, Outcome.ALLOWED, null, List.of(), reason);
			this.trail.recordApart(Action.ACCESS_REFUSED, Outcome.DENIED, null, reason);
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		assertThat(this.jdbc.queryForList("select action from audit_event where reason = ? order by seq", String.class,
				reason))
			.containsExactly("AUDIT_SEARCHED", "ACCESS_REFUSED");
	}

	/**
	 * Takes connections until the pool has none left to lend: some stay with others (the
	 * break-glass signals listen on one for good).
	 */
	private List<Connection> everyConnectionOfThePool() throws SQLException {
		List<Connection> held = new ArrayList<>();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			assertThat(Instant.now()).as("every connection of the pool in use in time").isBefore(deadline);
			try {
				held.add(this.pool.getConnection());
			}
			catch (SQLException none) {
				if (this.pool.getHikariPoolMXBean().getActiveConnections() == this.pool.getMaximumPoolSize()) {
					assertThat(held).as("connections held by the test").isNotEmpty();
					return held;
				}
			}
		}
	}

}
