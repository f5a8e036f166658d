package org.haven.access;

import java.util.Set;
import java.util.UUID;

/**
 * What the administrators' list shows of an account. Never a password hash, nor the
 * identity provider's subject. {@code signsInThroughIdentityProvider} tells an account
 * that Keycloak authenticates from one of the local sign-in.
 */
public record UserSummary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
		boolean mustChangePassword, boolean signsInThroughIdentityProvider, long version) {

	/**
	 * Whether the account holds roles that must not meet (written before the rule, or in
	 * the database): it cannot sign in until an administrator changes them.
	 */
	public boolean rolesMustNotMeet() {
		return RoleRules.violatedBy(this.roles).isPresent();
	}

}
