package org.haven.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What the administrators' list shows of an account. Never a password hash. */
public record UserSummary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
		boolean mustChangePassword, Instant lockedUntil, long version) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
