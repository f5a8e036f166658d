package org.haven.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountChanged;
import org.haven.access.AccountDirectory;
import org.haven.access.IdentityLinkRejected;
import org.haven.access.IdentityLinked;
import org.haven.access.RolesRefused;
import org.haven.access.SignInFailed;
import org.haven.access.SignInRefused;
import org.haven.access.SignInThrottled;
import org.haven.crypto.KeyOperation;
import org.haven.casefile.BreakGlassEnded;
import org.haven.casefile.BreakGlassOpened;
import org.haven.casefile.BreakGlassReviewed;
import org.haven.casefile.CaseChanged;
import org.haven.casefile.ErasureApproved;
import org.haven.casefile.ErasureRefused;
import org.haven.casefile.ErasureRequested;
import org.haven.casefile.IntakeDraftsExpired;
import org.haven.person.DuplicatesChecked;
import org.haven.person.PersonChanged;
import org.haven.person.PersonCode;
import org.haven.person.PersonsLookedUp;
import org.haven.reference.ReferenceListChanged;
import org.haven.shared.AccessRefused;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.PseudonymousId;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns what the other modules announce into audit events. Listeners run synchronously: a
 * change and its event commit together, and a failure to record fails the change.
 */
@Component
class AuditedEvents {

	private final AuditTrail trail;

	private final AccountDirectory accounts;

	AuditedEvents(AuditTrail trail, AccountDirectory accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.trail.record(Action.SIGN_IN, Outcome.ALLOWED, event.getAuthentication(), null, List.of(), null);
	}

	@EventListener
	void signInFailed(SignInFailed event) {
		this.trail.record(Action.SIGN_IN_FAILED, Outcome.FAILED, null, accountOrNone(event.accountId()), List.of(),
				"wrong password");
	}

	@EventListener
	void signInThrottled(SignInThrottled event) {
		this.trail.record(Action.SIGN_IN_FAILED, Outcome.DENIED, null, accountOrNone(event.accountId()), List.of(),
				"throttled");
	}

	/** Refused after the password or the identity provider: the reason is a code. */
	@EventListener
	void signInRefused(SignInRefused event) {
		this.trail.record(Action.SIGN_IN_FAILED, Outcome.DENIED, null, accountOrNone(event.accountId()), List.of(),
				event.reason().code());
	}

	/** Recorded apart: the refused change rolls back. */
	@EventListener
	void rolesRefused(RolesRefused event) {
		String roles = event.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.trail.recordApart(Action.ACCOUNT_ROLES_REFUSED, Outcome.DENIED, accountOrNone(event.accountId()),
				event.rule() + "; roles: " + roles);
	}

	@EventListener
	void identityLinked(IdentityLinked event) {
		this.trail.record(Action.ACCOUNT_LINKED, Outcome.ALLOWED, Ids.account(event.accountId().toString()), List.of(),
				null);
	}

	@EventListener
	void identityLinkRejected(IdentityLinkRejected event) {
		this.trail.record(Action.ACCOUNT_LINK_REJECTED, Outcome.ALLOWED, Ids.account(event.accountId().toString()),
				List.of(), null);
	}

	private static PseudonymousId accountOrNone(UUID id) {
		return id == null ? null : Ids.account(id.toString());
	}

	/** Disabled accounts are refused before the password is checked. */
	@EventListener
	void signInRefusedBeforeThePassword(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return;
		}
		PseudonymousId account = this.accounts
			.idOf(event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT))
			.map(id -> Ids.account(id.toString()))
			.orElse(null);
		this.trail.record(Action.SIGN_IN_FAILED, Outcome.DENIED, null, account, List.of(),
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, event.getAuthentication(), null, List.of(), null);
	}

	@EventListener
	void refused(AccessRefused event) {
		this.trail.recordApart(Action.ACCESS_REFUSED, Outcome.DENIED, event.subject(), event.what());
	}

	/** Recorded apart: the read or change that found the damage fails and rolls back. */
	@EventListener
	void integrityCheckFailed(IntegrityCheckFailed event) {
		this.trail.recordApart(Action.INTEGRITY_CHECK_FAILED, Outcome.FAILED, event.subject(), event.record());
	}

	@EventListener
	void accountChanged(AccountChanged event) {
		Action action = switch (event.change()) {
			case CREATED -> Action.ACCOUNT_CREATED;
			case ROLES_CHANGED -> Action.ACCOUNT_ROLES_CHANGED;
			case DISABLED -> Action.ACCOUNT_DISABLED;
			case ENABLED -> Action.ACCOUNT_ENABLED;
			case PASSWORD_RESET -> Action.PASSWORD_RESET;
			case PASSWORD_CHANGED -> Action.PASSWORD_CHANGED;
		};
		String roles = event.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.trail.record(action, Outcome.ALLOWED, Ids.account(event.accountId().toString()), List.of("roles"),
				"roles: " + roles);
	}

	@EventListener
	void personChanged(PersonChanged event) {
		Action action = switch (event.change()) {
			case REGISTERED -> Action.PERSON_REGISTERED;
			case IDENTITY_CHANGED -> Action.IDENTITY_CHANGED;
			case PROFILE_CHANGED -> Action.PROFILE_CHANGED;
			case ERASED -> Action.PERSON_ERASED;
		};
		this.trail.record(action, Outcome.ALLOWED, event.code(), event.fields(),
				event.erasureReason() == null ? null : event.erasureReason().name());
	}

	@EventListener
	void caseChanged(CaseChanged event) {
		Action action = switch (event.change()) {
			case CREATED -> Action.CASE_CREATED;
			case OPENED -> Action.CASE_OPENED;
			case SITUATION_CHANGED, NEEDS_CHANGED, NON_PUNISHMENT_CHANGED, FOLLOW_UP_SCHEDULED -> Action.CASE_CHANGED;
			case STATUS_ADVANCED -> Action.CASE_STATUS_CHANGED;
			case CLOSURE_REQUESTED -> Action.CASE_CLOSURE_REQUESTED;
			case CLOSURE_APPROVED -> Action.CASE_CLOSED;
			case CLOSURE_RETURNED -> Action.CASE_CLOSURE_RETURNED;
			case REOPENED -> Action.CASE_REOPENED;
			case CASEWORKERS_ASSIGNED -> Action.CASE_ASSIGNED;
			case NOTE_ADDED -> Action.CASE_NOTE_ADDED;
		};
		List<String> parts = new ArrayList<>(event.parts());
		String part = partOf(event.change());
		if (part != null) {
			parts.add(part);
		}
		this.trail.record(action, Outcome.ALLOWED, event.code(), parts, event.reason());
	}

	@EventListener
	void intakeDraftsExpired(IntakeDraftsExpired event) {
		this.trail.record(Action.INTAKE_DRAFTS_EXPIRED, Outcome.ALLOWED, null, List.of(),
				"discarded " + event.count() + " drafts untouched since " + event.untouchedSince());
	}

	private static String partOf(CaseChanged.Change change) {
		return switch (change) {
			case SITUATION_CHANGED -> "situation";
			case NEEDS_CHANGED -> "needs";
			case NON_PUNISHMENT_CHANGED -> "nonPunishment";
			case FOLLOW_UP_SCHEDULED -> "nextFollowUpOn";
			default -> null;
		};
	}

	@EventListener
	void personsLookedUp(PersonsLookedUp event) {
		this.trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, event.criteria(), found(event.found(), ""));
	}

	/**
	 * Says how many matches were outside the caseworker's own cases, for the auditors'
	 * highlight of repeated probing ({@link #OUTSIDE_OWN_CASES}).
	 */
	@EventListener
	void duplicatesChecked(DuplicatesChecked event) {
		String outside = event.others().isEmpty() ? "" : " (" + event.others().size() + OUTSIDE_OWN_CASES + ")";
		this.trail.record(Action.DUPLICATES_CHECKED, Outcome.ALLOWED, null, event.criteria(),
				found(event.found(), outside));
	}

	/**
	 * Marks the reason of a duplicate check that matched outside the caseworker's own
	 * cases.
	 */
	static final String OUTSIDE_OWN_CASES = " outside own cases";

	private static String found(List<PersonCode> found, String detail) {
		String codes = found.stream().map(PersonCode::value).collect(Collectors.joining(" "));
		return "found " + found.size() + detail + (codes.isEmpty() ? "" : ": " + codes);
	}

	@EventListener
	void breakGlassOpened(BreakGlassOpened event) {
		this.trail.record(Action.BREAK_GLASS_OPENED, Outcome.ALLOWED, event.code(), List.of(), event.reason().name());
	}

	@EventListener
	void breakGlassEnded(BreakGlassEnded event) {
		this.trail.record(Action.BREAK_GLASS_ENDED, Outcome.ALLOWED, event.code(), List.of(),
				"access of " + username(event.holder()));
	}

	@EventListener
	void breakGlassReviewed(BreakGlassReviewed event) {
		this.trail.record(Action.BREAK_GLASS_REVIEWED, Outcome.ALLOWED, event.code(), List.of(),
				"opened by " + username(event.holder()));
	}

	@EventListener
	void erasureRequested(ErasureRequested event) {
		this.trail.record(Action.ERASURE_REQUESTED, Outcome.ALLOWED, event.code(), List.of("identity"),
				event.reason().name());
	}

	@EventListener
	void erasureApproved(ErasureApproved event) {
		this.trail.record(Action.ERASURE_APPROVED, Outcome.ALLOWED, event.code(), List.of("identity"),
				event.reason().name() + ", asked by " + username(event.requestedBy()));
	}

	@EventListener
	void erasureRefused(ErasureRefused event) {
		this.trail.record(Action.ERASURE_REFUSED, Outcome.ALLOWED, event.code(), List.of("identity"),
				event.reason().name() + ", asked by " + username(event.requestedBy()));
	}

	private String username(UUID account) {
		return this.accounts.usernamesOf(List.of(account)).getOrDefault(account, account.toString());
	}

	@EventListener
	void keyOperation(KeyOperation event) {
		Action action = event.operation() == KeyOperation.Operation.ROTATION_STARTED ? Action.KEY_ROTATION_STARTED
				: Action.KEY_VERSION_DESTROYED;
		this.trail.record(action, Outcome.ALLOWED, Ids.key(event.keyset().name(), event.keyId()), List.of(), null);
	}

	/** The list is the subject and the code the reason: reference data names nobody. */
	@EventListener
	void referenceListChanged(ReferenceListChanged event) {
		this.trail.record(Action.REFERENCE_LIST_CHANGED, Outcome.ALLOWED, Ids.referenceList(event.list().name()),
				List.of("list", "code"), event.code() + " " + event.change().name().toLowerCase(Locale.ROOT));
	}

}
