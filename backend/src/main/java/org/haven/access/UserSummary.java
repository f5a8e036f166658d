package org.haven.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the administrators' list shows of an account. Never a password hash, nor the
 * identity provider's subject. {@code signsInThroughIdentityProvider} tells an account
 * that Keycloak authenticates from one of the local sign-in.
 */
public record UserSummary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
		boolean mustChangePassword, Instant lockedUntil, boolean signsInThroughIdentityProvider, long version) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
