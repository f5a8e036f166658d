package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** An administrator enabled a disabled account again. */
public record AccountEnabled(UUID accountId, Set<Role> roles) implements AccountChange {
}
