package org.haven.access;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator was refused a combination of roles: roles that must not meet, or their
 * own. Published before the refusal rolls the change back, so that the audit trail
 * records it apart. {@code accountId} is null when the refused account was being created;
 * {@code rule} names the broken rule in lower case with dashes.
 */
public record RolesRefused(UUID accountId, Set<Role> roles, String rule) implements AccountEvent {

	public RolesRefused {
		roles = Set.copyOf(roles);
	}

}
