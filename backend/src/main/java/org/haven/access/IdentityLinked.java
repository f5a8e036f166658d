package org.haven.access;

import java.util.UUID;

/**
 * An administrator tied an account to the identity provider's person who asked for it at
 * a refused sign-in; from now on that person signs in as this account, and the account's
 * password is gone.
 */
public record IdentityLinked(UUID accountId) implements AccountEvent {
}
