package org.haven.access;

/**
 * What happened to a staff account or at sign-in, one past-tense record per fact,
 * published inside the transaction of the fact or, where the fact is a refusal that rolls
 * back, before it. Names accounts by id, never by username, and never holds what someone
 * typed.
 */
public sealed interface AccountEvent permits AccountChange, IdentityLinked, IdentityLinkRejected, RolesRefused,
		SignInFailed, SignInThrottled, SignInRefused {

}
