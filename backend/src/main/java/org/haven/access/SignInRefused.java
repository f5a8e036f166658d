package org.haven.access;

import java.util.UUID;

/**
 * Haven refused someone whom the password or the identity provider had let through: roles
 * that must not meet, an account that an administrator must first link, and the other
 * reasons of {@link SignInRefusedException.Reason}. Names the account when one exists,
 * never the username or the identity provider's subject.
 */
public record SignInRefused(UUID accountId, SignInRefusedException.Reason reason) implements AccountEvent {
}
