package org.haven.access;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator or the user changed an account. Published inside the change's
 * transaction.
 */
public record AccountChanged(UUID accountId, Change change, Set<Role> roles) {

	public enum Change {

		CREATED, ROLES_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED

	}

}
