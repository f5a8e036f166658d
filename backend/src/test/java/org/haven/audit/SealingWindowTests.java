package org.haven.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detection window stated in docs/security/audit.md: the running sealer links a
 * committed event into the chain within seconds, also behind a write that rolled back,
 * behind a backlog of many batches, and again after the application was stopped and
 * started.
 */
@IntegrationTest
class SealingWindowTests {

	@Autowired
	JdbcTemplate app;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditVerifier verifier;

	@Test
	void a_committed_event_is_chained_within_three_seconds_even_right_behind_a_rolled_back_one() {
		new TransactionTemplate(this.transactions).executeWithoutResult(rolledBack -> {
			this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
			rolledBack.setRollbackOnly();
		});
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		long committed = AuditTestSupport.lastSeq(this.app);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(3));

		while (!chained(committed) && Instant.now().isBefore(deadline)) {
			pause();
		}

		assertThat(chained(committed)).as("event %d in the chain within 3 s", committed).isTrue();
	}

	/** As the test framework pauses a cached context while another one runs. */
	@Test
	void a_stopped_and_restarted_application_goes_on_chaining_committed_events() {
		this.context.stop();
		this.context.start();
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
		long committed = AuditTestSupport.lastSeq(this.app);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(3));

		while (!chained(committed) && Instant.now().isBefore(deadline)) {
			pause();
		}

		assertThat(chained(committed)).as("event %d in the chain within 3 s of the restart", committed).isTrue();
	}

	@Test
	void an_event_committed_behind_a_backlog_of_many_batches_is_chained_once_it_commits() throws SQLException {
		long behind;
		try (Connection slower = this.app.getDataSource().getConnection()) {
			slower.setAutoCommit(false);
			try (Statement statement = slower.createStatement();
					ResultSet inserted = statement
						.executeQuery("insert into audit_event (occurred_at, action, outcome) "
								+ "values (now(), 'SIGN_OUT', 'ALLOWED') returning seq")) {
				inserted.next();
				behind = inserted.getLong(1);
			}
			this.app.update("insert into audit_event (occurred_at, action, outcome) "
					+ "select now(), 'SIGN_OUT', 'ALLOWED' from generate_series(1, 5000)");
			AuditTestSupport.sealEverything(this.sealer, this.app);
			assertThat(chained(behind)).as("event %d, still uncommitted", behind).isFalse();
			slower.commit();
		}

		AuditTestSupport.sealEverything(this.sealer, this.app);

		assertThat(chained(behind)).as("event %d, committed behind 5000 others", behind).isTrue();
		assertThat(this.verifier.verify(null, false, position -> {
		}).intact()).isTrue();
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean chained(long seq) {
		Long found = this.app.queryForObject("select count(*) from audit_chain where event_seq = ?", Long.class, seq);
		return found != null && found > 0;
	}

}
