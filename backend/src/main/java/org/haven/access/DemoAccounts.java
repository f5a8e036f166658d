package org.haven.access;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The accounts of the demonstration run, one per role, created when
 * {@code haven.demo=true} and missing. Never enabled in the {@code prod} profile, and
 * meaningless with Keycloak, where Haven has no passwords.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("haven.demo")
@Profile("!keycloak")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final List<NewUserAccount> ACCOUNTS = List.of(
			new NewUserAccount("carol", "Carol Caseworker", Set.of(Role.CASEWORKER), null),
			new NewUserAccount("chen", "Chen Jing", Set.of(Role.CASEWORKER), null),
			new NewUserAccount("sam", "Sam Supervisor", Set.of(Role.SUPERVISOR), null),
			new NewUserAccount("aisha", "Aisha Auditor", Set.of(Role.AUDITOR), null),
			new NewUserAccount("adam", "Adam Admin", Set.of(Role.ADMIN), null));

	private final UserAccountService service;

	private final UserAccountRepository accounts;

	private final String password;

	DemoAccounts(UserAccountService service, UserAccountRepository accounts,
			@Value("${haven.demo-password:haven-demo-2026}") String password) {
		this.service = service;
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int created = 0;
		for (NewUserAccount account : ACCOUNTS) {
			if (!this.accounts.existsByUsername(account.username())) {
				this.service.createWithoutSignedInUser(
						new NewUserAccount(account.username(), account.displayName(), account.roles(), this.password),
						false);
				created++;
			}
		}
		log.warn("Demo mode: {} demo accounts created, {} in all (see README). Never run demo mode with real data.",
				created, ACCOUNTS.size());
	}

}
