package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** An administrator disabled an account: it signs in no more. */
public record AccountDisabled(UUID accountId, Set<Role> roles) implements AccountChange {
}
