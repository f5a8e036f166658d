package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** An administrator created an account, or Haven seeded one at start-up. */
public record AccountCreated(UUID accountId, Set<Role> roles) implements AccountChange {
}
