package org.haven.access;

import java.util.UUID;

/**
 * A wrong password, or an unknown username. The account is named only when one exists
 * with the username typed; the typed username itself is never kept (people type passwords
 * into it), nor the client's address.
 */
public record SignInFailed(UUID accountId) implements AccountEvent {
}
