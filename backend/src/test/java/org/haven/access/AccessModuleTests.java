package org.haven.access;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts alone, with the database and the keys that seal them: each change is
 * announced as its own fact, naming the account by id and the roles it holds after it.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "crypto" })
@WithMockUser(username = "adam", roles = "ADMIN")
class AccessModuleTests {

	static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	UserAccountService accounts;

	@Test
	void creating_an_account_announces_it_with_its_roles(Scenario scenario) {
		String username = "module-" + NEXT.incrementAndGet();
		scenario
			.stimulate(() -> this.accounts.createAccount(new NewUserAccount(username, "Module Tester",
					Set.of(Role.CASEWORKER), "a long enough password 42")))
			.andWaitForEventOfType(AccountCreated.class)
			.toArriveAndVerify((created, summary) -> {
				assertThat(created.accountId()).isEqualTo(summary.id());
				assertThat(created.roles()).containsExactly(Role.CASEWORKER);
			});
	}

	@Test
	void disabling_an_account_announces_it_as_its_own_fact(Scenario scenario) {
		UserSummary account = this.accounts.createAccount(new NewUserAccount("module-" + NEXT.incrementAndGet(),
				"Module Tester", Set.of(Role.AUDITOR), "a long enough password 42"));
		scenario.stimulate(() -> this.accounts.disable(account.id(), account.version()))
			.andWaitForEventOfType(AccountDisabled.class)
			.matching(disabled -> disabled.accountId().equals(account.id()))
			.toArriveAndVerify(disabled -> assertThat(disabled.roles()).containsExactly(Role.AUDITOR));
	}

}
