package org.haven.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An administrator or the account's user changed an account, which now holds
 * {@code roles}; saved in the same transaction.
 */
public sealed interface AccountChange extends AccountEvent
		permits AccountCreated, AccountRolesChanged, AccountDisabled, AccountEnabled, PasswordReset, PasswordChanged {

	UUID accountId();

	Set<Role> roles();

	/**
	 * What the audit trail names beside the change: the roles the account holds after it.
	 */
	default List<String> parts() {
		return List.of("roles");
	}

}
