package org.haven.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.haven.BackendTestApplication;
import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.platform.ClusterJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line check, and retention, on a Haven of the test's own. */
class AuditCommandTests {

	@TempDir
	Path havenHome;

	@Test
	void the_command_line_check_verifies_the_trail_from_a_checkpoint_file_kept_elsewhere() throws Exception {
		Path checkpoints = this.havenHome.resolve("checkpoints.txt");
		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome)) {
			AuditTrail trail = haven.getBean(AuditTrail.class);
			for (int i = 0; i < 20; i++) {
				trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of("name"), null);
			}
			AuditSealer sealer = haven.getBean(AuditSealer.class);
			sealEverything(sealer, haven.getBean(JdbcTemplate.class));
			sealer.checkpointNow();
			TestSecurity.as("aisha", "AUDITOR", () -> {
				try (var out = Files.newOutputStream(checkpoints)) {
					haven.getBean(AuditWorkspace.class).exportCheckpoints(out);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				return null;
			});
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = AuditCommand.verify(BackendTestApplication.class,
				new String[] { checkpoints.toString(), "--haven.home=" + this.havenHome, "--haven.db.url=",
						"--haven.db.ephemeral=false", "--haven.demo-passphrase=true" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("The audit trail is intact");
		assertThat(exit).isZero();
	}

	@Test
	void retention_removes_what_is_older_than_its_period_and_the_rest_still_verifies() {
		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome)) {
			JdbcTemplate jdbc = haven.getBean(JdbcTemplate.class);
			AuditTrail trail = haven.getBean(AuditTrail.class);
			for (int i = 0; i < 10; i++) {
				trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
			}
			sealEverything(haven.getBean(AuditSealer.class), jdbc);
			long sealed = count(jdbc);
			Clock eightYearsLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(8 * 366));

			long removed = new AuditRetention(jdbc, haven.getBean(TransactionTemplate.class), trail, eightYearsLater,
					java.time.Period.ofYears(7))
				.apply();

			assertThat(removed).isEqualTo(sealed);
			assertThat(jdbc.queryForList("select action from audit_event", String.class))
				.containsExactly("AUDIT_RETENTION_APPLIED");
			sealEverything(haven.getBean(AuditSealer.class), jdbc);
			VerificationReport report = haven.getBean(AuditVerifier.class).verify(null, null, seq -> {
			});
			assertThat(report.intact()).as(report.toString()).isTrue();
			assertThat(report.eventsChecked()).isEqualTo(1);
		}
	}

	@Test
	void while_another_node_applies_retention_this_one_leaves_it_alone() throws Exception {
		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome)) {
			JdbcTemplate jdbc = haven.getBean(JdbcTemplate.class);
			AuditTrail trail = haven.getBean(AuditTrail.class);
			trail.record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
			sealEverything(haven.getBean(AuditSealer.class), jdbc);
			long before = count(jdbc);
			AuditRetention retention = new AuditRetention(jdbc, haven.getBean(TransactionTemplate.class), trail,
					Clock.offset(Clock.systemUTC(), Duration.ofDays(8 * 366)), java.time.Period.ofYears(7));

			try (Connection otherNode = haven.getBean(DataSource.class).getConnection();
					Statement lock = otherNode.createStatement()) {
				lock.execute("select pg_advisory_lock(" + ClusterJob.AUDIT_RETENTION.lock() + ")");
				assertThat(retention.apply()).isZero();
				assertThat(count(jdbc)).isEqualTo(before);
				lock.execute("select pg_advisory_unlock(" + ClusterJob.AUDIT_RETENTION.lock() + ")");
			}
			assertThat(retention.apply()).isEqualTo(before);
		}
	}

	private static long count(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject("select count(*) from audit_event", Long.class);
		return count == null ? 0 : count;
	}

	private static void sealEverything(AuditSealer sealer, JdbcTemplate jdbc) {
		while (AuditTestSupport.lastSeq(jdbc) > jdbc.queryForObject("select coalesce(max(seq), 0) from audit_chain",
				Long.class)) {
			sealer.sealAvailable();
		}
	}

}
