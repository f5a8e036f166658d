package org.haven.access;

import java.util.UUID;

/**
 * A wrong password. The account is named only when one exists with the username typed;
 * the typed username itself is never kept (people type passwords into it).
 */
public record SignInFailed(UUID accountId, boolean accountLockedNow, boolean accountWasLocked) {
}
