package org.haven.access;

import java.util.Set;
import java.util.UUID;

/** A user changed their own password. */
public record PasswordChanged(UUID accountId, Set<Role> roles) implements AccountChange {
}
