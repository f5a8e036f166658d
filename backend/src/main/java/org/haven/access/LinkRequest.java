package org.haven.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone signed in through the identity provider with the username of a Haven account
 * that is not yet tied to it, and was refused: an administrator checks in the identity
 * provider that {@code identityProviderId} (its id of the person, the token's subject) is
 * the account's owner, then approves or rejects. {@code nameAtIdentityProvider} is the
 * name the identity provider gave at that sign-in.
 */
public record LinkRequest(UUID accountId, String username, String nameAtIdentityProvider, String identityProviderId,
		Instant requestedAt, long accountVersion) {
}
