package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** An administrator set a temporary password, to be changed at the next sign-in. */
public record PasswordReset(UUID accountId, Set<Role> roles) implements AccountChange {
}
