package org.haven.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: administrators create them, give and take roles (never their own, never
 * roles that must not meet), disable and re-enable them, reset passwords and tie accounts
 * to the identity provider's people who ask for them; every signed-in user changes their
 * own password and language. Accounts are never deleted, so that what they did stays
 * attributable.
 */
@Service
@Transactional
public class UserAccountService {

	static final String ACCOUNT = "user account";

	private static final String ADMIN_ONLY = "hasRole('" + Roles.ADMIN + "')";

	private final UserAccountRepository accounts;

	private final AccountSeals seals;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	private final IdentityLinkRequests linkRequests;

	private final AccountRequests requests;

	UserAccountService(UserAccountRepository accounts, AccountSeals seals, PasswordEncoder passwordEncoder, Clock clock,
			ApplicationEventPublisher events, SignInThrottle throttle, IdentityLinkRequests linkRequests,
			AccountRequests requests) {
		this.accounts = accounts;
		this.seals = seals;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.events = events;
		this.throttle = throttle;
		this.linkRequests = linkRequests;
		this.requests = requests;
	}

	private UserSummary changed(UserAccount account, BiFunction<UUID, Set<Role>, AccountChange> change) {
		account.sealPending(this.seals);
		UserAccount saved = this.accounts.saveAndFlush(account);
		AccountChange event = change.apply(saved.id(), saved.roles());
		this.events.publishEvent(event);
		return saved.summary();
	}

	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<UserSummary> listAccounts() {
		return this.accounts.findAllOrderedByUsername().stream().map(UserAccount::summary).toList();
	}

	@PreAuthorize(ADMIN_ONLY)
	public UserSummary createAccount(NewUserAccount request) {
		return create(request, true);
	}

	/**
	 * For the start-up seeding of demo and first administrator accounts, which has no
	 * signed-in user.
	 */
	UserSummary createWithoutSignedInUser(NewUserAccount request, boolean mustChangePassword) {
		return create(request, mustChangePassword);
	}

	private UserSummary create(NewUserAccount request, boolean mustChangePassword) {
		Problems problems = new Problems();
		String username = this.requests.checkNewUsername(problems, request.username());
		String displayName = problems.text("displayName", request.displayName(), 128, true);
		if (request.roles() == null || request.roles().isEmpty()) {
			problems.add("roles", "access.user.roles.required");
		}
		else {
			this.requests.refuseRolesThatMustNotMeet(problems, null, request.roles());
		}
		PasswordPolicy.check(problems, "password", request.temporaryPassword(), username);
		problems.throwIfAny();
		UserAccount account = new UserAccount(username, displayName, request.roles(),
				this.passwordEncoder.encode(request.temporaryPassword()), mustChangePassword, this.clock.instant());
		return changed(account, AccountCreated::new);
	}

	/**
	 * Gives and takes roles. Nobody changes their own, and roles that must not meet (see
	 * {@link RoleRules}) are refused; each refusal is recorded in the audit trail.
	 */
	@PreAuthorize(ADMIN_ONLY)
	public UserSummary changeRoles(UUID id, long expectedVersion, Set<Role> roles) {
		UserAccount account = load(id, expectedVersion);
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException(Problem.of("roles", "access.user.roles.required"));
		}
		Problems problems = new Problems();
		if (isSignedInUser(account)) {
			this.requests.refuseRoles(problems, account.id(), roles, RoleRules.Violation.OWN_ROLES);
		}
		else {
			this.requests.refuseRolesThatMustNotMeet(problems, account.id(), roles);
		}
		problems.throwIfAny();
		account.changeRoles(roles, this.clock.instant());
		return changed(account, AccountRolesChanged::new);
	}

	@PreAuthorize(ADMIN_ONLY)
	public UserSummary disable(UUID id, long expectedVersion) {
		UserAccount account = load(id, expectedVersion);
		if (isSignedInUser(account)) {
			throw new InvalidInputException(Problem.ofForm("access.user.cannot-lock-yourself-out"));
		}
		account.disable(this.clock.instant());
		return changed(account, AccountDisabled::new);
	}

	@PreAuthorize(ADMIN_ONLY)
	public UserSummary enable(UUID id, long expectedVersion) {
		UserAccount account = load(id, expectedVersion);
		account.enable(this.clock.instant());
		return changed(account, AccountEnabled::new);
	}

	/**
	 * Sets a temporary password that the user must change at their next sign-in; sign-ins
	 * slowed down by failed attempts start afresh.
	 */
	@PreAuthorize(ADMIN_ONLY)
	public UserSummary resetPassword(UUID id, long expectedVersion, String temporaryPassword) {
		UserAccount account = load(id, expectedVersion);
		refuseIfPasswordIsKeptElsewhere(account);
		Problems problems = new Problems();
		PasswordPolicy.check(problems, "password", temporaryPassword, account.username());
		problems.throwIfAny();
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword), this.clock.instant());
		this.throttle.clear(account.id());
		return changed(account, PasswordReset::new);
	}

	/**
	 * Requests of people of the identity provider to be tied to an account that has their
	 * username (see {@link IdentityProviderAccounts}).
	 */
	@PreAuthorize(ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<LinkRequest> linkRequests() {
		return this.linkRequests.pending();
	}

	/**
	 * Ties the account to the person of the identity provider who asked for it: from now
	 * on they sign in as this account, with the roles the identity provider gives them,
	 * and the account's password is gone. The request must still stand as the
	 * administrator saw it.
	 */
	@PreAuthorize(ADMIN_ONLY)
	public UserSummary linkToIdentityProvider(UUID id, long expectedVersion, String identityProviderId) {
		UserAccount account = load(id, expectedVersion);
		if (!this.linkRequests.exists(account.id(), identityProviderId)) {
			throw new ConflictException(ACCOUNT);
		}
		if (account.externalSubject() != null
				|| this.accounts.findByExternalSubjectForUpdate(identityProviderId).isPresent()) {
			throw new InvalidInputException(Problem.ofForm("access.link.already-linked"));
		}
		account.linkToIdentityProvider(identityProviderId, this.clock.instant());
		account.sealPending(this.seals);
		this.linkRequests.removeAll(account.id());
		UserAccount saved = this.accounts.saveAndFlush(account);
		this.events.publishEvent(new IdentityLinked(saved.id()));
		return saved.summary();
	}

	/** Turns down a request; the person stays refused until another one is approved. */
	@PreAuthorize(ADMIN_ONLY)
	public void rejectLink(UUID id, String identityProviderId) {
		if (!this.linkRequests.remove(id, identityProviderId)) {
			throw new ConflictException(ACCOUNT);
		}
		this.events.publishEvent(new IdentityLinkRejected(id));
	}

	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String currentPassword, String newPassword) {
		UserAccount account = signedInAccount();
		refuseIfPasswordIsKeptElsewhere(account);
		Problems problems = new Problems();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add("currentPassword", "validation.required");
		}
		else if (account.passwordHash() == null
				|| !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			problems.add("currentPassword", "access.password.current-wrong");
		}
		PasswordPolicy.check(problems, "newPassword", newPassword, account.username());
		if (!problems.hasProblemWith("newPassword") && newPassword.equals(currentPassword)) {
			problems.add("newPassword", "access.password.unchanged");
		}
		problems.throwIfAny();
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		changed(account, PasswordChanged::new);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public boolean signedInUserMustChangePassword() {
		return this.accounts.findByUsername(CurrentUser.username()).map(UserAccount::mustChangePassword).orElse(false);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<String> signedInUserDisplayName() {
		return this.accounts.findByUsername(CurrentUser.username()).map(UserAccount::displayName);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<String> signedInUserLanguage() {
		return this.accounts.findByUsername(CurrentUser.username()).map(UserAccount::preferredLanguage);
	}

	@PreAuthorize("isAuthenticated()")
	public void rememberSignedInUserLanguage(String languageTag) {
		if (languageTag == null || !languageTag.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
			throw new InvalidInputException(Problem.of("language", "validation.invalid"));
		}
		this.accounts.findByUsername(CurrentUser.username())
			.ifPresent(account -> account.rememberLanguage(languageTag, this.clock.instant()));
	}

	/** Keycloak keeps the password of an account it authenticates; Haven has none. */
	private static void refuseIfPasswordIsKeptElsewhere(UserAccount account) {
		if (account.externalSubject() != null) {
			throw new InvalidInputException(Problem.ofForm("access.password.kept-by-identity-provider"));
		}
	}

	private UserAccount signedInAccount() {
		return this.accounts.findByUsername(CurrentUser.username())
			.filter(this.seals::intact)
			.orElseThrow(() -> new NotFoundException(ACCOUNT));
	}

	/**
	 * An account whose sign-in fails its seal counts as missing: a change would seal it
	 * again, forgery included.
	 */
	private UserAccount load(UUID id, long expectedVersion) {
		UserAccount account = this.accounts.findById(id)
			.filter(this.seals::intact)
			.orElseThrow(() -> new NotFoundException(ACCOUNT));
		if (account.version() != expectedVersion) {
			throw new ConflictException(ACCOUNT);
		}
		return account;
	}

	private boolean isSignedInUser(UserAccount account) {
		return account.username().equals(CurrentUser.username());
	}

}
