package org.haven.audit;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.casefile.CaseFixtures;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker whose duplicate checks keep matching persons outside their own cases may
 * be finding out who is registered: auditors see it among the highlights. Checks that
 * match the caseworker's own cases are ordinary work and raise nothing.
 */
@IntegrationTest
class DuplicateProbingHighlightTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AuditWorkspace workspace;

	@Test
	void repeated_checks_matching_records_outside_ones_own_cases_are_a_highlight_and_own_matches_are_not() {
		String prober = caseworker("prober");
		String worker = caseworker("worker");
		for (int i = 0; i < 5; i++) {
			Identity someone = someone();
			this.fixtures.takenInBy("chen", someone);
			this.fixtures.duplicatesFor(prober, someone);
			Identity ownPerson = someone();
			this.fixtures.takenInBy(worker, ownPerson);
			this.fixtures.duplicatesFor(worker, ownPerson);
		}

		List<Highlight> highlights = TestSecurity.as("aisha", "AUDITOR",
				() -> this.workspace.highlights(Duration.ofDays(1)));

		assertThat(highlights)
			.filteredOn(highlight -> highlight.pattern() == Highlight.Pattern.REPEATED_MATCHES_OUTSIDE_OWN_CASES)
			.filteredOn(highlight -> highlight.actor().equals(prober))
			.singleElement()
			.satisfies(highlight -> assertThat(highlight.count()).isEqualTo(5));
		assertThat(highlights).noneMatch(highlight -> worker.equals(highlight.actor()));
	}

	private String caseworker(String prefix) {
		String username = prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
		TestSecurity.asAdministrator(() -> this.accounts.createAccount(new NewUserAccount(username,
				"Caseworker " + username, Set.of(Role.CASEWORKER), "Duplicate-checks-only-2026!")));
		return username;
	}

	private static Identity someone() {
		return TestIdentities.identity("Probed", "Person", null,
				"+234 805 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000)), null);
	}

}
