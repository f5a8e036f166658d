package org.haven.access;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.haven.shared.FreeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The Haven accounts of people who sign in through the identity provider (Keycloak). The
 * account is found by the provider's stable subject, so that what someone did stays
 * theirs when their username or name changes; it is created at first sign-in, and
 * username, name and roles are taken over at every sign-in. Runs while the person is
 * being authenticated, before anyone is signed in, so it has no method security.
 */
@Service
@Transactional(noRollbackFor = SignInRefusedException.class)
public class IdentityProviderAccounts {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviderAccounts.class);

	static final int MAX_USERNAME = 64;

	static final int MAX_DISPLAY_NAME = 128;

	private final UserAccountRepository accounts;

	private final Clock clock;

	IdentityProviderAccounts(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Creates or updates the account of the person who has just signed in, and returns
	 * it; refuses a person without a Haven role or whose account is disabled.
	 */
	public UserSummary signIn(ExternalIdentity identity) {
		if (!StringUtils.hasText(identity.subject()) || !StringUtils.hasText(identity.username())
				|| identity.subject().length() > 255) {
			throw refused(SignInRefusedException.Reason.INCOMPLETE_IDENTITY);
		}
		String username = identity.username().strip().toLowerCase(Locale.ROOT);
		if (!FreeText.line(MAX_USERNAME).accepts(username)) {
			throw refused(SignInRefusedException.Reason.INCOMPLETE_IDENTITY);
		}
		String displayName = displayName(identity, username);

		Optional<UserAccount> known = this.accounts.findByExternalSubjectForUpdate(identity.subject());
		if (known.isEmpty() && identity.roles().isEmpty()) {
			throw refused(SignInRefusedException.Reason.NO_ROLE);
		}
		UserAccount account = known.orElseGet(() -> linkOrCreate(identity, username, displayName));
		Optional<UserAccount> holder = this.accounts.findByUsernameForUpdate(username);
		if (holder.isPresent() && !holder.get().id().equals(account.id())) {
			throw refused(SignInRefusedException.Reason.USERNAME_TAKEN);
		}
		account.updateFromIdentityProvider(username, displayName, identity.roles(), this.clock.instant());
		this.accounts.saveAndFlush(account);
		if (!account.enabled()) {
			throw refused(SignInRefusedException.Reason.DISABLED);
		}
		if (identity.roles().isEmpty()) {
			throw refused(SignInRefusedException.Reason.NO_ROLE);
		}
		return account.summary();
	}

	/**
	 * A local account with the same username becomes this person's account, so that an
	 * organisation moving to Keycloak keeps everyone's history; an account already tied
	 * to another subject is never taken over.
	 */
	private UserAccount linkOrCreate(ExternalIdentity identity, String username, String displayName) {
		Optional<UserAccount> sameUsername = this.accounts.findByUsernameForUpdate(username);
		if (sameUsername.isPresent()) {
			UserAccount local = sameUsername.get();
			if (local.externalSubject() != null) {
				throw refused(SignInRefusedException.Reason.USERNAME_TAKEN);
			}
			local.linkToIdentityProvider(identity.subject(), this.clock.instant());
			log.info("A local account was linked to its identity provider subject at first sign-in");
			return local;
		}
		return this.accounts.saveAndFlush(UserAccount.fromIdentityProvider(identity.subject(), username, displayName,
				identity.roles(), this.clock.instant()));
	}

	private static String displayName(ExternalIdentity identity, String username) {
		String name = identity.displayName() == null ? "" : identity.displayName().strip();
		if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_DISPLAY_NAME));
		}
		return name.isBlank() || !FreeText.line(MAX_DISPLAY_NAME).accepts(name) ? username : name.strip();
	}

	private static SignInRefusedException refused(SignInRefusedException.Reason reason) {
		log.info("A sign-in through the identity provider was refused: {}", reason);
		return new SignInRefusedException(reason);
	}

}
