package org.haven.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.AuthorizationSeal.Row;
import org.haven.shared.PseudonymousId;
import org.springframework.stereotype.Component;

/**
 * The seals of the account rows that decide who someone is in Haven and what they may do:
 * the account's sign-in (its id, username, identity-provider subject, password hash and
 * whether it is enabled, since cases are assigned by account id) and each role
 * membership. Role memberships are bound to the account's role generation, which the
 * account's own seal covers and every change of roles raises, so that a role taken away
 * cannot be put back with its old seal. A row whose seal fails counts as absent, and the
 * failure is reported as an integrity finding.
 */
@Component
class AccountSeals {

	static final String ACCOUNT = "account-sign-in";

	static final String ROLE = "account-role";

	private final AuthorizationSeal seal;

	AccountSeals(AuthorizationSeal seal) {
		this.seal = seal;
	}

	static Row account(UUID id, String username, String externalSubject, String passwordHash, boolean enabled,
			long roleGeneration) {
		return AuthorizationSeal.row(ACCOUNT)
			.with(id)
			.with(username)
			.with(externalSubject)
			.with(passwordHash)
			.with(enabled)
			.with(roleGeneration);
	}

	static Row role(UUID accountId, String role, long roleGeneration) {
		return AuthorizationSeal.row(ROLE).with(accountId).with(role).with(roleGeneration);
	}

	byte[] seal(Row row) {
		return this.seal.seal(row);
	}

	/** Whether the account's sign-in is Haven's own; a failure is reported. */
	boolean intact(UserAccount account) {
		return check(account.accountRow(), account.seal(), account.id());
	}

	/** Whether the account's sign-in is Haven's own, without reporting a failure. */
	boolean verifies(UserAccount account) {
		return this.seal.verifies(account.accountRow(), account.seal());
	}

	/**
	 * The roles whose memberships carry their seal for the account's current role
	 * generation; none when the account itself fails (which {@link #intact} reports).
	 * Each failing membership is reported.
	 */
	Set<Role> roles(UserAccount account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (!verifies(account)) {
			return roles;
		}
		account.memberships()
			.stream()
			.filter(membership -> check(account.roleRow(membership), membership.seal(), account.id()))
			.forEach(membership -> roles.add(membership.role()));
		return roles;
	}

	/** Checks one row read by a query; a failure is reported against the account. */
	boolean check(Row row, byte[] stored, UUID accountId) {
		return this.seal.check(row, stored, PseudonymousId.of("ACCOUNT", String.valueOf(accountId)));
	}

}
