package org.haven.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseService;
import org.haven.crypto.KeysCommand;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.haven.shared.DatabaseUnreachable;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * One Haven node on a PostgreSQL of the test's own, with WAL archived as
 * {@code deploy/postgres/archiving.conf} archives it: the database gone for 30 seconds
 * while a caseworker works, and a backup by {@code deploy/postgres/backup.sh} restored to
 * a point in time by {@code restore.sh} on a spare directory, with the key files restored
 * as the install guide says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageAndRestoreTests {

	static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("haven.faults.outage-seconds", 30));

	private Path root;

	private Path home;

	private PostgresCluster database;

	private ConfigurableApplicationContext haven;

	private final String stem = TestIdentities.letters();

	private int intakes;

	@BeforeAll
	void startHavenOnItsOwnDatabase() throws IOException {
		this.root = PostgresCluster.newRoot();
		this.home = Files.createTempDirectory("haven-faults-home-");
		Path backups = this.root.resolve("backups");
		String archiving = Files.readString(Path.of("../deploy/postgres/archiving.conf"))
			.replace("/var/backups/haven", backups.toString());
		this.database = PostgresCluster.init(this.root, "main", archiving);
		this.database.run(Map.of(), "mkdir", "-p", backups.resolve("wal").toString());
		this.database.start();
		this.database.createHavenRoles();
		this.haven = FaultyNodes.start(this.home, this.database);
		FaultyNodes.addCaseworker(this.haven);
	}

	@AfterAll
	void stopEverything() throws IOException {
		try {
			if (this.haven != null) {
				this.haven.close();
			}
		}
		finally {
			if (this.database != null) {
				this.database.close();
			}
			PostgresCluster.deleteAll(this.root);
			PostgresCluster.deleteAll(this.home);
		}
	}

	@Test
	void with_the_database_gone_for_30_seconds_every_call_fails_fast_and_clearly_and_the_same_node_recovers()
			throws Exception {
		Map<CaseCode, Identity> before = submitted(2);
		JdbcTemplate jdbc = this.haven.getBean(JdbcTemplate.class);
		long cases = count(jdbc, "case_file");
		long persons = count(jdbc, "person");
		CaseCode known = before.keySet().iterator().next();

		this.database.stopImmediately();
		Instant end = Instant.now().plus(OUTAGE);
		int calls = 0;
		while (Instant.now().isBefore(end)) {
			Identity identity = nextIntake();
			assertFailsFastBecauseTheDatabaseIsGone(() -> FaultyNodes.submit(this.haven, identity));
			assertFailsFastBecauseTheDatabaseIsGone(
					() -> FaultyNodes.as(() -> this.haven.getBean(CaseService.class).open(known)));
			calls += 2;
		}
		assertThat(calls).as("calls while the database was gone").isGreaterThan(4);
		this.database.start();

		Map<CaseCode, Identity> after = submittedOnceTheDatabaseIsBack();
		after.putAll(submitted(2));
		assertThat(count(jdbc, "case_file")).as("no case half-written while the database was gone")
			.isEqualTo(cases + after.size());
		assertThat(count(jdbc, "person")).isEqualTo(persons + after.size());
		before.putAll(after);
		before.forEach((code, identity) -> FaultyNodes.assertWhole(this.haven, code, identity));
		FaultyNodes.assertAuditChainVerifies(this.haven);
	}

	@Test
	void a_backup_restored_to_a_point_in_time_with_the_backed_up_key_files_reads_every_case_up_to_it_and_none_after()
			throws Exception {
		Map<CaseCode, Identity> beforeBackup = submitted(3);
		Path backups = this.root.resolve("backups");
		Path passwords = this.root.resolve("pgpass");
		this.database.run(Map.of(), "sh", "-c", "umask 077 && echo '127.0.0.1:" + this.database.port()
				+ ":*:haven_backup:" + PostgresCluster.BACKUP_PASSWORD + "' > " + passwords);
		Path backupScript = this.database.copyIntoRoot(Path.of("../deploy/postgres/backup.sh"));
		this.database.run(
				Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(this.database.port()), "PGUSER",
						"haven_backup", "PGPASSFILE", passwords.toString(), "HAVEN_BACKUP_DIR", backups.toString()),
				"bash", backupScript.toString());
		Path keysBackup = this.root.resolve("haven-keys.tar.gz");
		exec("tar", "-C", this.home.toString(), "-czf", keysBackup.toString(), "keys");

		Map<CaseCode, Identity> upToTheMoment = new LinkedHashMap<>(beforeBackup);
		upToTheMoment.putAll(submitted(3));
		String moment = this.database.sql("haven",
				"select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
		Thread.sleep(1000);
		Map<CaseCode, Identity> afterTheMoment = submitted(3);
		String lastSegment = this.database.sql("haven", "select pg_walfile_name(pg_switch_wal())");
		awaitArchived(lastSegment);

		Path restoredHome = Files.createTempDirectory("haven-faults-restored-");
		try (PostgresCluster restored = PostgresCluster.at(this.root, "restored")) {
			Path restoreScript = this.database.copyIntoRoot(Path.of("../deploy/postgres/restore.sh"));
			Path baseBackup;
			try (var base = Files.list(backups.resolve("base"))) {
				baseBackup = base.filter(Files::isDirectory).findFirst().orElseThrow();
			}
			restored.run(Map.of("HAVEN_BACKUP_DIR", backups.toString(), "HAVEN_RESTORE_TARGET_TIME", moment), "bash",
					restoreScript.toString(), baseBackup.toString(), restored.data().toString());
			restored.start();
			awaitUntil(() -> "paused".equals(restored.sql("postgres", "select pg_get_wal_replay_pause_state()")),
					"recovery paused at the target time");
			restored.sql("postgres", "select pg_wal_replay_resume()");
			awaitUntil(() -> "f".equals(restored.sql("postgres", "select pg_is_in_recovery()")), "recovery ended");

			exec("tar", "-C", restoredHome.toString(), "-xzf", keysBackup.toString());
			assertKeysOpen(restoredHome);
			try (ConfigurableApplicationContext spare = FaultyNodes.start(restoredHome, restored)) {
				upToTheMoment.forEach((code, identity) -> FaultyNodes.assertWhole(spare, code, identity));
				CaseService cases = spare.getBean(CaseService.class);
				for (CaseCode code : afterTheMoment.keySet()) {
					assertThatThrownBy(() -> FaultyNodes.as(() -> cases.open(code)))
						.isInstanceOf(NotFoundException.class);
				}
				FaultyNodes.assertAuditChainVerifies(spare);
			}
		}
		finally {
			PostgresCluster.deleteAll(restoredHome);
		}
	}

	private Map<CaseCode, Identity> submitted(int count) {
		Map<CaseCode, Identity> made = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			Identity identity = nextIntake();
			made.put(FaultyNodes.submit(this.haven, identity), identity);
		}
		return made;
	}

	/** The first calls may find connections the restart broke; the pool replaces them. */
	private Map<CaseCode, Identity> submittedOnceTheDatabaseIsBack() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		List<Class<?>> failures = new ArrayList<>();
		while (Instant.now().isBefore(deadline)) {
			Identity identity = nextIntake();
			try {
				Map<CaseCode, Identity> made = new LinkedHashMap<>();
				made.put(FaultyNodes.submit(this.haven, identity), identity);
				return made;
			}
			catch (RuntimeException ex) {
				assertThat(DatabaseUnreachable.causedIt(ex)).as("%s", ex.getClass()).isTrue();
				failures.add(ex.getClass());
				Thread.sleep(200);
			}
		}
		return fail("the node did not work again within 20 seconds of the database's restart: " + failures);
	}

	private Identity nextIntake() {
		return FaultyNodes.intake(this.stem, this.intakes++);
	}

	private static void assertFailsFastBecauseTheDatabaseIsGone(Runnable call) {
		Instant start = Instant.now();
		assertThatThrownBy(call::run).satisfies(error -> assertThat(DatabaseUnreachable.causedIt(error))
			.as("%s is told as the database being unreachable", causes(error))
			.isTrue());
		assertThat(Duration.between(start, Instant.now())).as("how long a call waits for the database")
			.isLessThan(Duration.ofSeconds(15));
	}

	private static List<String> causes(Throwable error) {
		List<String> causes = new ArrayList<>();
		for (Throwable cause = error; cause != null && causes.size() < 10; cause = cause.getCause()) {
			causes.add(cause.getClass().getName()
					+ (cause instanceof java.sql.SQLException sql ? " " + sql.getSQLState() : ""));
		}
		return causes;
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private void awaitArchived(String segment) throws InterruptedException {
		awaitUntil(
				() -> segment.compareTo(this.database.sql("postgres",
						"select coalesce(last_archived_wal, '') from pg_stat_archiver")) <= 0,
				"the last WAL segment archived");
	}

	/**
	 * The install guide's check of a key files' copy: {@code keys check} says each keyset
	 * opens.
	 */
	private static void assertKeysOpen(Path home) {
		var out = new java.io.ByteArrayOutputStream();
		var err = new java.io.ByteArrayOutputStream();
		int exit = KeysCommand.run(
				new String[] { "check", "--haven.home=" + home, "--haven.master-passphrase=" + FaultyNodes.PASSPHRASE },
				new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
				new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("opens");
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition, String what)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				fail("not within a minute: " + what);
			}
			Thread.sleep(200);
		}
	}

	private static void exec(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).inheritIO().start();
		assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
	}

}
