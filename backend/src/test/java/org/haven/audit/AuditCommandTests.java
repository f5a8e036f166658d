package org.haven.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.audit.VerificationReport.Break;
import org.haven.platform.ClusterJob;
import org.haven.platform.HavenHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command-line check, and retention, on a Haven of the test's own: the command builds
 * the backend-only context it builds in production, against the database in that home.
 */
class AuditCommandTests {

	static final String PASSPHRASE = "the passphrase of this test's node";

	@TempDir
	Path havenHome;

	@Test
	void the_command_line_check_verifies_the_trail_from_a_checkpoint_file_or_the_witness_and_says_when_it_is_broken()
			throws Exception {
		Path checkpoints = this.havenHome.resolve("checkpoints.txt");
		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome)) {
			AuditTrail trail = haven.getBean(AuditTrail.class);
			for (int i = 0; i < 20; i++) {
				trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of("name"), null);
			}
			AuditSealer sealer = haven.getBean(AuditSealer.class);
			AuditTestSupport.sealEverything(sealer, haven.getBean(JdbcTemplate.class));
			sealer.checkpointNow();
			export(haven, checkpoints);
		}

		Command fromFile = command(checkpoints.toString());
		assertThat(fromFile.out()).as(fromFile.err())
			.contains("newest checkpoint of")
			.contains("The audit trail is intact");
		assertThat(fromFile.exit()).isEqualTo(AuditCommand.INTACT);
		Command fromWitness = command();
		assertThat(fromWitness.out()).contains("this node's witness").contains("The audit trail is intact");
		assertThat(fromWitness.exit()).isEqualTo(AuditCommand.INTACT);

		try (ConfigurableApplicationContext haven = StandaloneHaven.start(this.havenHome,
				"--haven.audit.sealer.scheduled=false")) {
			JdbcTemplate app = haven.getBean(JdbcTemplate.class);
			long victim = AuditTestSupport.eventAt(app, AuditTestSupport.headPosition(app) - 2);
			Forgery.asOwnerWithoutTriggers(owner(haven), "delete from haven.audit_event where seq = " + victim);
		}
		Command broken = command();
		assertThat(broken.out()).contains("The audit trail is BROKEN").contains("DELETED");
		assertThat(broken.exit()).isEqualTo(AuditCommand.BROKEN);

		assertThat(command(this.havenHome.resolve("no-such-file").toString()).exit())
			.isEqualTo(AuditCommand.COULD_NOT_RUN);
	}

	/**
	 * Issue 10, point 1: the verifier reports what retention removed, as the signed
	 * record shows, never "intact from the start"; a record that does not verify, or an
	 * anchor the chain does not continue from, is a break.
	 */
	@Test
	void retention_removes_only_what_is_older_than_its_period_and_says_so_in_a_signed_record() {
		try (ConfigurableApplicationContext haven = StandaloneHaven.startOutsideDemoMode(this.havenHome,
				"--haven.master-passphrase=" + PASSPHRASE)) {
			JdbcTemplate app = haven.getBean(JdbcTemplate.class);
			AuditSealer sealer = haven.getBean(AuditSealer.class);
			AuditTestSupport.sealEverything(sealer, app);
			assertThat(AuditTestSupport.headPosition(app)).as("a fresh trail").isZero();
			Instant eightYearsAgo = Instant.now().minus(8 * 366, ChronoUnit.DAYS);
			for (int i = 0; i < 10; i++) {
				app.update("insert into audit_event (occurred_at, actor_roles, action, fields, outcome) "
						+ "values (?, '', 'SIGN_OUT', '', 'ALLOWED')", Timestamp.from(eightYearsAgo));
			}
			AuditTestSupport.sealEverything(sealer, app);
			haven.getBean(AuditTrail.class).record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
			AuditTestSupport.sealEverything(sealer, app);

			Optional<RetentionRecord> record = sealer.applyRetention();

			assertThat(record).hasValueSatisfying(removed -> {
				assertThat(removed.firstRemoved()).isEqualTo(1);
				assertThat(removed.lastRemoved()).isEqualTo(10);
				assertThat(removed.eventsRemoved()).isEqualTo(10);
			});
			assertThat(app.queryForList("select action from audit_event order by seq", String.class))
				.containsExactly("SIGN_OUT", "AUDIT_RETENTION_APPLIED");
			assertThat(Witness.in(haven.getBean(HavenHome.class)).read().orElseThrow().retentions()).hasSize(1);
			AuditTestSupport.sealEverything(sealer, app);
			AuditVerifier verifier = haven.getBean(AuditVerifier.class);
			VerificationReport report = verifier.verify(null, false, position -> {
			});
			assertThat(report.intact()).as(report.toString()).isTrue();
			assertThat(report.eventsChecked()).isEqualTo(2);
			assertThat(report.removedByRetention()).satisfies(removal -> {
				assertThat(removal.firstPosition()).isEqualTo(1);
				assertThat(removal.lastPosition()).isEqualTo(10);
				assertThat(removal.events()).isEqualTo(10);
			});

			JdbcTemplate owner = owner(haven);
			Forgery.asOwnerWithoutTriggers(owner,
					"update haven.audit_event set reason = 'edited' where seq = " + AuditTestSupport.eventAt(app, 11));
			assertThat(verifier.verify(null, false, position -> {
			}).problem()).isEqualTo(Break.RETENTION_ANCHOR_MISMATCH);
			owner.execute("alter table haven.audit_retention disable trigger user");
			owner.update("update haven.audit_retention set first_kept = first_kept + 1");
			owner.execute("alter table haven.audit_retention enable trigger user");
			assertThat(verifier.verify(null, false, position -> {
			}).problem()).isEqualTo(Break.RETENTION_RECORD_INVALID);
		}
	}

	/** Issue 11, point 2: every node schedules retention; one at a time runs it. */
	@Test
	void while_another_node_applies_retention_this_one_leaves_it_alone() throws Exception {
		try (ConfigurableApplicationContext haven = StandaloneHaven.startOutsideDemoMode(this.havenHome,
				"--haven.master-passphrase=" + PASSPHRASE)) {
			JdbcTemplate app = haven.getBean(JdbcTemplate.class);
			AuditSealer sealer = haven.getBean(AuditSealer.class);
			Instant eightYearsAgo = Instant.now().minus(8 * 366, ChronoUnit.DAYS);
			for (int i = 0; i < 3; i++) {
				app.update("insert into audit_event (occurred_at, actor_roles, action, fields, outcome) "
						+ "values (?, '', 'SIGN_OUT', '', 'ALLOWED')", Timestamp.from(eightYearsAgo));
			}
			haven.getBean(AuditTrail.class).record(Action.SIGN_OUT, Outcome.ALLOWED, null, List.of(), null);
			AuditTestSupport.sealEverything(sealer, app);

			try (Connection otherNode = haven.getBean(DataSource.class).getConnection();
					Statement lock = otherNode.createStatement()) {
				lock.execute("select pg_advisory_lock(" + ClusterJob.AUDIT_RETENTION.lock() + ")");
				assertThat(sealer.applyRetention()).isEmpty();
				assertThat(app.queryForObject(
						"select count(*) from audit_event where occurred_at < now() - interval '7 years'", Long.class))
					.isEqualTo(3);
				lock.execute("select pg_advisory_unlock(" + ClusterJob.AUDIT_RETENTION.lock() + ")");
			}
			assertThat(sealer.applyRetention())
				.hasValueSatisfying(removed -> assertThat(removed.eventsRemoved()).isEqualTo(3));
		}
	}

	@Test
	void a_retention_period_below_a_year_stops_haven_at_start_up() {
		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, "--haven.audit.retention=P11M"))
			.isInstanceOf(BeanCreationException.class)
			.rootCause()
			.hasMessageContaining("HAVEN_AUDIT_RETENTION")
			.hasMessageContaining("below the floor of one year");
	}

	private Command command(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("--haven.home=" + this.havenHome, "--haven.db.url=", "--haven.db.ephemeral=false",
				"--haven.demo-passphrase=true"));
		int exit = AuditCommand.verify(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Command(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static void export(ConfigurableApplicationContext haven, Path file) {
		TestSecurity.as("aisha", "AUDITOR", () -> {
			try (var out = Files.newOutputStream(file)) {
				haven.getBean(AuditWorkspace.class).exportCheckpoints(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		});
	}

	private static JdbcTemplate owner(ConfigurableApplicationContext haven) {
		return new JdbcTemplate(haven.getBean("flywayDataSource", DataSource.class));
	}

	record Command(int exit, String out, String err) {
	}

}
