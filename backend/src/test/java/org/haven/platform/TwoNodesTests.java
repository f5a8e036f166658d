package org.haven.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.audit.AuditIntegrity;
import org.haven.audit.VerificationReport;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.crypto.KeysCommand;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Haven nodes on one database with the same key files, given to the second node
 * read-only, as a Kubernetes Secret gives them to every pod: what one writes, the other
 * reads, finds and verifies, and the audit chain that both nodes' sealers extend stays
 * whole.
 */
class TwoNodesTests {

	static final String PASSPHRASE = "one passphrase for every node";

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void what_one_node_writes_the_other_reads_searches_and_verifies_with_the_same_key_files() throws Exception {
		assertThat(KeysCommand.run(
				new String[] { "init", "--haven.home=" + this.first, "--haven.master-passphrase=" + PASSPHRASE },
				System.out, System.err))
			.isZero();
		copyReadOnly(this.first.resolve("keys"), this.second.resolve("keys"));

		try (ConfigurableApplicationContext nodeA = StandaloneHaven.start(this.first,
				"--haven.master-passphrase=" + PASSPHRASE);
				ConfigurableApplicationContext nodeB = StandaloneHaven.start(this.second,
						secondNodeOn(nodeA, this.first))) {
			CaseCode writtenOnA = nodeA.getBean(CaseFixtures.class)
				.takenInBy("carol",
						TestIdentities.identity("Efua", "Owusu", LocalDate.of(1994, 2, 11), "+233 20 555 0101", null));
			CaseCode writtenOnB = nodeB.getBean(CaseFixtures.class)
				.takenInBy("chen", TestIdentities.identity("Kojo", "Asante", LocalDate.of(1990, 7, 1), null, "G7781"));

			assertThat(TestSecurity.asCaseworker(() -> nodeB.getBean(CaseService.class).revealIdentity(writtenOnA))
				.familyNames()).isEqualTo("Owusu");
			assertThat(TestSecurity.as("chen", "CASEWORKER",
					() -> nodeA.getBean(CaseService.class).revealIdentity(writtenOnB).documentNumber()))
				.isEqualTo("G7781");
			var personOnA = TestSecurity.asCaseworker(() -> nodeA.getBean(CaseService.class).open(writtenOnA)).person();
			assertThat(TestSecurity.asCaseworker(() -> nodeB.getBean(PersonService.class)
				.search(new IdentitySearch("owusu", LocalDate.of(1994, 2, 11), null, null))))
				.extracting(PersonSummary::code)
				.containsExactly(personOnA);

			JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
			awaitSealedAndSigned(jdbc);
			for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
				VerificationReport report = node.getBean(AuditIntegrity.class).verify(null, seq -> {
				});
				assertThat(report.intact()).as(report.toString()).isTrue();
				assertThat(report.checkpointsChecked()).isPositive();
			}
			assertThat(jdbc.queryForObject("select count(*) from audit_chain", Long.class))
				.isEqualTo(jdbc.queryForObject("select count(distinct event_seq) from audit_chain", Long.class));
		}
	}

	/**
	 * The second node reaches the first node's embedded server as an external one, with
	 * the roles the first created, and runs as production does: not in demo mode.
	 */
	private static String[] secondNodeOn(ConfigurableApplicationContext nodeA, Path firstHome) throws IOException {
		Properties credentials = new Properties();
		try (Reader reader = Files.newBufferedReader(firstHome.resolve("postgres/credentials.properties"))) {
			credentials.load(reader);
		}
		return new String[] { "--haven.db.url=" + nodeA.getBean(HikariDataSource.class).getJdbcUrl(),
				"--haven.db.user=haven_app", "--haven.db.password=" + credentials.getProperty("haven_app"),
				"--haven.db.owner.user=haven_owner",
				"--haven.db.owner.password=" + credentials.getProperty("haven_owner"),
				"--haven.db.sealer.user=haven_sealer",
				"--haven.db.sealer.password=" + credentials.getProperty("haven_sealer"), "--haven.demo=false",
				"--haven.master-passphrase=" + PASSPHRASE };
	}

	private static void copyReadOnly(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (Path file : files.toList()) {
				Path copy = to.resolve(file.getFileName());
				Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r-----"));
			}
		}
		Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("r-xr-x---"));
	}

	/** Both nodes' sealers run; whichever holds the lock seals and signs. */
	private static void awaitSealedAndSigned(JdbcTemplate jdbc) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			Boolean done = jdbc.queryForObject(
					"""
							select not exists (select 1 from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq))
							   and exists (select 1 from audit_checkpoint)""",
					Boolean.class);
			if (Boolean.TRUE.equals(done)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the audit chain was not sealed and signed within a minute");
	}

}
