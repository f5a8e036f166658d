package org.haven.access;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.haven.shared.FreeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The Haven accounts of people who sign in through the identity provider (Keycloak). The
 * account is found by the provider's stable subject, so that what someone did stays
 * theirs when their username or name changes; it is created at first sign-in, and
 * username, name and roles are taken over at every sign-in. It is never found by
 * username: an account that is not yet tied to the person is tied only by an
 * administrator. Runs while the person is being authenticated, before anyone is signed
 * in, so it has no method security.
 */
@Service
@Transactional(noRollbackFor = SignInRefusedException.class)
public class IdentityProviderAccounts {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviderAccounts.class);

	static final int MAX_USERNAME = 64;

	static final int MAX_DISPLAY_NAME = 128;

	private final UserAccountRepository accounts;

	private final AccountSeals seals;

	private final IdentityLinkRequests linkRequests;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IdentityProviderAccounts(UserAccountRepository accounts, AccountSeals seals, IdentityLinkRequests linkRequests,
			Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.seals = seals;
		this.linkRequests = linkRequests;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Creates or updates the account of the person who has just signed in, and returns
	 * it; refuses a person without a Haven role, with roles that must not meet, whose
	 * account is disabled, or whose username belongs to an account not tied to them.
	 */
	public UserSummary signIn(ExternalIdentity identity) {
		if (!StringUtils.hasText(identity.subject()) || !StringUtils.hasText(identity.username())
				|| identity.subject().length() > 255) {
			throw refused(SignInRefusedException.Reason.INCOMPLETE_IDENTITY, null);
		}
		String username = identity.username().strip().toLowerCase(Locale.ROOT);
		if (!FreeText.line(MAX_USERNAME).accepts(username)) {
			throw refused(SignInRefusedException.Reason.INCOMPLETE_IDENTITY, null);
		}
		String displayName = displayName(identity, username);

		Optional<UserAccount> known = this.accounts.findByExternalSubjectForUpdate(identity.subject());
		if (known.isPresent() && !this.seals.intact(known.get())) {
			throw refused(SignInRefusedException.Reason.INTEGRITY_CHECK_FAILED, known.get().id());
		}
		UUID knownId = known.map(UserAccount::id).orElse(null);
		if (known.isEmpty() && identity.roles().isEmpty()) {
			throw refused(SignInRefusedException.Reason.NO_ROLE, null);
		}
		if (RoleRules.violatedBy(identity.roles()).isPresent()) {
			throw refused(SignInRefusedException.Reason.CONFLICTING_ROLES, knownId);
		}
		UserAccount account = known.orElseGet(() -> createUnlessTheUsernameIsTaken(identity, username, displayName));
		Optional<UserAccount> holder = this.accounts.findByUsernameForUpdate(username);
		if (holder.isPresent() && !holder.get().id().equals(account.id())) {
			throw refused(SignInRefusedException.Reason.USERNAME_TAKEN, account.id());
		}
		account.updateFromIdentityProvider(username, displayName, identity.roles(), this.clock.instant());
		account.sealPending(this.seals);
		this.accounts.saveAndFlush(account);
		if (!account.enabled()) {
			throw refused(SignInRefusedException.Reason.DISABLED, account.id());
		}
		if (identity.roles().isEmpty()) {
			throw refused(SignInRefusedException.Reason.NO_ROLE, account.id());
		}
		return account.summary();
	}

	/**
	 * Records for the audit trail a refusal decided before Haven looked at the account,
	 * such as a sign-in without a second factor, and returns it to be thrown.
	 */
	public SignInRefusedException refusedBeforeTheAccount(SignInRefusedException.Reason reason) {
		return refused(reason, null);
	}

	/**
	 * A person the identity provider has never sent gets a new account, unless a Haven
	 * account already has their username. A username alone never proves who someone is:
	 * the identity provider may let people choose or change it. An account tied to
	 * another person stays theirs; a local account not yet tied to anyone waits for an
	 * administrator to approve this person's request (see
	 * {@link UserAccountService#linkToIdentityProvider}).
	 */
	private UserAccount createUnlessTheUsernameIsTaken(ExternalIdentity identity, String username, String displayName) {
		Optional<UserAccount> sameUsername = this.accounts.findByUsernameForUpdate(username);
		if (sameUsername.isPresent()) {
			UserAccount local = sameUsername.get();
			if (local.externalSubject() != null) {
				throw refused(SignInRefusedException.Reason.USERNAME_TAKEN, null);
			}
			this.linkRequests.record(local.id(), identity.subject(), displayName, this.clock.instant());
			throw refused(SignInRefusedException.Reason.LINK_REQUIRED, local.id());
		}
		UserAccount created = UserAccount.fromIdentityProvider(identity.subject(), username, displayName,
				identity.roles(), this.clock.instant());
		created.sealPending(this.seals);
		return this.accounts.saveAndFlush(created);
	}

	private static String displayName(ExternalIdentity identity, String username) {
		String name = identity.displayName() == null ? "" : identity.displayName().strip();
		if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_DISPLAY_NAME));
		}
		return name.isBlank() || !FreeText.line(MAX_DISPLAY_NAME).accepts(name) ? username : name.strip();
	}

	/**
	 * Announces the refusal, which the audit trail records in this transaction: it is not
	 * rolled back by the refusal (nor is a link request).
	 */
	private SignInRefusedException refused(SignInRefusedException.Reason reason, UUID account) {
		log.info("A sign-in through the identity provider was refused: {}", reason);
		this.events.publishEvent(new SignInRefused(account, reason));
		return new SignInRefusedException(reason);
	}

}
