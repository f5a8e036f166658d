package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** An administrator gave or took roles. */
public record AccountRolesChanged(UUID accountId, Set<Role> roles) implements AccountChange {
}
