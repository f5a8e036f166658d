package org.haven.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.audit.AuditIntegrity;
import org.haven.audit.VerificationReport;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.organisation.TeamFixtures;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Haven nodes of the faults tests, run as production runs them (outside demo mode, on key
 * files made with {@code keys init}, on a PostgreSQL of the test's): the caseworker who
 * takes the synthetic intakes in, the intakes themselves, and the checks that every
 * acknowledged case is whole and the audit chain verifies.
 */
final class FaultyNodes {

	static final String PASSPHRASE = "the passphrase of the faults tests";

	static final String CASEWORKER = "faults-caseworker";

	private FaultyNodes() {
	}

	/** A node on the cluster, making key files in its home first if it has none. */
	static ConfigurableApplicationContext start(Path home, PostgresCluster cluster) {
		List<String> arguments = new ArrayList<>(cluster.havenArguments());
		arguments.add("--haven.master-passphrase=" + PASSPHRASE);
		return StandaloneHaven.startOutsideDemoMode(home, arguments.toArray(String[]::new));
	}

	/** The caseworker, a member of the main team, as an administrator sets her up. */
	static void addCaseworker(ConfigurableApplicationContext node) {
		TestSecurity.asAdministrator(() -> node.getBean(UserAccountService.class)
			.createAccount(new NewUserAccount(CASEWORKER, "Faults Caseworker", Set.of(Role.CASEWORKER),
					"long-enough-secret-of-the-faults-tests")));
		TeamFixtures teams = node.getBean(TeamFixtures.class);
		teams.member(teams.mainTeam(), CASEWORKER);
	}

	/**
	 * The made-up person of intake {@code number} of a run: names from the run's
	 * {@code stem} (letters only) and the number, so that each intake is told apart.
	 */
	static Identity intake(String stem, int number) {
		StringBuilder suffix = new StringBuilder();
		for (int rest = number; suffix.isEmpty() || rest > 0; rest /= 26) {
			suffix.append((char) ('a' + rest % 26));
		}
		return TestIdentities.identity("Ana", capitalised(stem) + suffix, LocalDate.of(1990, 1, 1).plusDays(number),
				"+40 700 " + String.format("%06d", number), "P" + stem.toUpperCase() + number);
	}

	/**
	 * Takes the intake in through the real intake service, as the caseworker submits it.
	 */
	static CaseCode submit(ConfigurableApplicationContext node, Identity identity) {
		return node.getBean(CaseFixtures.class).takenInBy(CASEWORKER, identity);
	}

	/** The case opens and its person's identity decrypts to what was submitted. */
	static void assertWhole(ConfigurableApplicationContext node, CaseCode code, Identity submitted) {
		CaseService cases = node.getBean(CaseService.class);
		assertThat(as(() -> cases.open(code)).code()).isEqualTo(code);
		assertThat(as(() -> cases.revealIdentity(code))).as("the identity of %s", code.value()).isEqualTo(submitted);
	}

	static <T> T as(Supplier<T> work) {
		return TestSecurity.as(CASEWORKER, "CASEWORKER", work);
	}

	/**
	 * Every event sealed into the chain (the node's sealer runs), then the whole chain
	 * checked.
	 */
	static void assertAuditChainVerifies(ConfigurableApplicationContext node) throws InterruptedException {
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Boolean.FALSE.equals(jdbc.queryForObject(
				"select not exists (select 1 from audit_event e where not exists (select 1 from audit_chain c where c.event_seq = e.seq))",
				Boolean.class))) {
			assertThat(Instant.now()).as("every audit event sealed within 90 seconds").isBefore(deadline);
			Thread.sleep(250);
		}
		VerificationReport report = node.getBean(AuditIntegrity.class).verify(null, seq -> {
		});
		assertThat(report.intact()).as(report.toString()).isTrue();
		assertThat(report.eventsChecked()).isPositive();
	}

	private static String capitalised(String letters) {
		return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
	}

}
