package org.haven.access;

import java.util.UUID;

/**
 * A sign-in attempt came too soon after failed ones, from the same client address or for
 * the same account, and was refused without its password being checked (see
 * {@link SignInThrottle}). The account is named only when one exists with the username
 * typed.
 */
public record SignInThrottled(UUID accountId) implements AccountEvent {
}
