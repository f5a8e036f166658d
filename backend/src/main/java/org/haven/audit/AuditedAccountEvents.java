package org.haven.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountChange;
import org.haven.access.AccountCreated;
import org.haven.access.AccountDisabled;
import org.haven.access.AccountEnabled;
import org.haven.access.AccountEvent;
import org.haven.access.AccountRolesChanged;
import org.haven.access.IdentityLinkRejected;
import org.haven.access.IdentityLinked;
import org.haven.access.PasswordChanged;
import org.haven.access.PasswordReset;
import org.haven.access.Role;
import org.haven.access.RolesRefused;
import org.haven.access.SignInFailed;
import org.haven.access.SignInRefused;
import org.haven.access.SignInThrottled;
import org.haven.shared.PseudonymousId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what happened to staff accounts and at sign-in: one action per kind of
 * {@link AccountEvent}. Runs synchronously: a change and its record commit together; a
 * failed or refused sign-in, whose work has nothing to commit, is recorded all the same,
 * and a refused change of roles apart, since the change rolls back.
 */
@Component
class AuditedAccountEvents {

	private final AuditTrail trail;

	AuditedAccountEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void accountEvent(AccountEvent event) {
		switch (event) {
			case AccountChange change -> this.trail.record(actionOf(change), Outcome.ALLOWED,
					account(change.accountId()), change.parts(), "roles: " + names(change.roles()));
			case IdentityLinked linked ->
				this.trail.record(Action.ACCOUNT_LINKED, Outcome.ALLOWED, account(linked.accountId()), List.of(), null);
			case IdentityLinkRejected rejected -> this.trail.record(Action.ACCOUNT_LINK_REJECTED, Outcome.ALLOWED,
					account(rejected.accountId()), List.of(), null);
			case RolesRefused refused -> this.trail.recordApart(Action.ACCOUNT_ROLES_REFUSED, Outcome.DENIED,
					account(refused.accountId()), refused.rule() + "; roles: " + names(refused.roles()));
			case SignInFailed failed -> signInFailed(Outcome.FAILED, failed.accountId(), "wrong password");
			case SignInThrottled throttled -> signInFailed(Outcome.DENIED, throttled.accountId(), "throttled");
			case SignInRefused refused -> signInFailed(Outcome.DENIED, refused.accountId(), refused.reason().code());
		}
	}

	private static Action actionOf(AccountChange change) {
		return switch (change) {
			case AccountCreated _ -> Action.ACCOUNT_CREATED;
			case AccountRolesChanged _ -> Action.ACCOUNT_ROLES_CHANGED;
			case AccountDisabled _ -> Action.ACCOUNT_DISABLED;
			case AccountEnabled _ -> Action.ACCOUNT_ENABLED;
			case PasswordReset _ -> Action.PASSWORD_RESET;
			case PasswordChanged _ -> Action.PASSWORD_CHANGED;
		};
	}

	/**
	 * Nobody is signed in yet: the attempt is nobody's, about the account typed, if any.
	 */
	private void signInFailed(Outcome outcome, UUID accountId, String reason) {
		this.trail.record(Action.SIGN_IN_FAILED, outcome, null, account(accountId), List.of(), reason);
	}

	private static PseudonymousId account(UUID id) {
		return id == null ? null : Ids.account(id.toString());
	}

	private static String names(Set<Role> roles) {
		return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

}
