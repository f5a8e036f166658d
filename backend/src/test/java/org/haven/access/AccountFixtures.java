package org.haven.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts as an older Haven stored them, for tests of what today's rules make of them: a
 * role added the way Haven added roles before the rules on roles that must not meet, and
 * so sealed like any other.
 */
@Component
public class AccountFixtures {

	private final UserAccountRepository accounts;

	private final AccountSeals seals;

	private final TransactionTemplate transactions;

	AccountFixtures(UserAccountRepository accounts, AccountSeals seals, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.seals = seals;
		this.transactions = transactions;
	}

	/** Adds the roles to the account, with no rule asked. */
	public void addRolesWithoutTheRules(UUID id, Role... roles) {
		this.transactions.executeWithoutResult(status -> {
			UserAccount account = this.accounts.findById(id).orElseThrow();
			Set<Role> held = EnumSet.copyOf(account.roles());
			held.addAll(List.of(roles));
			account.changeRoles(held, Instant.now());
			account.sealPending(this.seals);
			this.accounts.saveAndFlush(account);
		});
	}

}
