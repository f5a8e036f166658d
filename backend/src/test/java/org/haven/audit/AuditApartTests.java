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
import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads and refusals are recorded apart from their caller's transaction, on the audit's
 * own pool, and name their actor: while every connection of the application's pool is in
 * use (as many concurrent reads as it has connections, each holding one), instead of each
 * waiting for a connection that the others hold until all fail; and after the caller's
 * transaction failed, when the record may be the report of that failure.
 */
@IntegrationTest
class AuditApartTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	HikariDataSource pool;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void while_every_connection_of_the_applications_pool_is_in_use_a_caseworkers_read_and_refusal_are_recorded() {
		String reason = "held-pool-" + UUID.randomUUID();

		asCarolInAReadOnlyTransaction(() -> {
			// the read holds its connection, as a case or identity read does
			this.jdbc.queryForObject("select 1", Integer.class);
			List<Connection> others = theRestOfThePool();
			try {
				this.trail.record(Action.AUDIT_SEARCHED, Outcome.ALLOWED, null, List.of(), reason);
				this.trail.recordApart(Action.ACCESS_REFUSED, Outcome.DENIED, null, reason);
			}
			finally {
				closeAll(others);
			}
		});

		assertThat(recorded(reason)).containsExactly("AUDIT_SEARCHED by " + carol(), "ACCESS_REFUSED by " + carol());
	}

	@Test
	void a_refusal_is_recorded_with_its_actor_after_the_callers_transaction_failed() {
		String reason = "failed-caller-" + UUID.randomUUID();

		asCarolInAReadOnlyTransaction(() -> {
			assertThatThrownBy(() -> this.jdbc.queryForObject("select 1 / 0", Integer.class))
				.isInstanceOf(DataAccessException.class);
			this.trail.recordApart(Action.ACCESS_REFUSED, Outcome.DENIED, null, reason);
		});

		assertThat(recorded(reason)).containsExactly("ACCESS_REFUSED by " + carol());
	}

	private void asCarolInAReadOnlyTransaction(Runnable work) {
		TransactionTemplate read = new TransactionTemplate(this.transactions);
		read.setReadOnly(true);
		TestSecurity.as("carol", "CASEWORKER", () -> {
			try {
				read.executeWithoutResult(status -> work.run());
			}
			catch (DataAccessException | UnexpectedRollbackException rolledBack) {
				// the failed transaction cannot commit; its record was written apart
			}
			return null;
		});
	}

	/**
	 * Takes connections until the pool has none left to lend: some stay with others (the
	 * break-glass signals listen on one for good).
	 */
	private List<Connection> theRestOfThePool() {
		List<Connection> held = new ArrayList<>();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			assertThat(Instant.now()).as("every connection of the pool in use in time").isBefore(deadline);
			try {
				held.add(this.pool.getConnection());
			}
			catch (SQLException none) {
				if (this.pool.getHikariPoolMXBean().getActiveConnections() == this.pool.getMaximumPoolSize()) {
					return held;
				}
			}
		}
	}

	private static void closeAll(List<Connection> connections) {
		for (Connection connection : connections) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private List<String> recorded(String reason) {
		return this.jdbc.queryForList(
				"select action || ' by ' || actor_id from audit_event where reason = ? order by seq", String.class,
				reason);
	}

	private String carol() {
		return this.accounts.idOf("carol").orElseThrow().toString();
	}

}
