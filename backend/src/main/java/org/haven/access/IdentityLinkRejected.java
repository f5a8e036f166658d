package org.haven.access;

import java.util.UUID;

/**
 * An administrator turned down a request to tie an account to an identity provider's
 * person.
 */
public record IdentityLinkRejected(UUID accountId) implements AccountEvent {
}
