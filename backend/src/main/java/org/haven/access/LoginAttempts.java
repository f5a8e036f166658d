package org.haven.access;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks it after too many in a row. Nothing typed
 * into the sign-in form is logged: people type passwords into the username field.
 */
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccountRepository accounts;

	private final LoginLockoutProperties lockout;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LoginAttempts(UserAccountRepository accounts, LoginLockoutProperties lockout, Clock clock,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.lockout = lockout;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
		this.accounts.findByUsernameForUpdate(username).ifPresentOrElse(account -> {
			boolean wasLocked = account.isLockedAt(this.clock.instant());
			account.registerFailedLogin(this.clock.instant(), this.lockout.maxAttempts(), this.lockout.duration());
			boolean lockedNow = !wasLocked && account.isLockedAt(this.clock.instant());
			if (lockedNow) {
				log.warn("An account was locked for {} after {} wrong passwords", this.lockout.duration(),
						this.lockout.maxAttempts());
			}
			this.events.publishEvent(new SignInFailed(account.id(), lockedNow, wasLocked));
		}, () -> this.events.publishEvent(new SignInFailed(null, false, false)));
	}

	@EventListener
	@Transactional
	public void onSuccessfulLogin(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		this.accounts.findByUsernameForUpdate(event.getAuthentication().getName())
			.ifPresent(account -> account.registerSuccessfulLogin(this.clock.instant()));
	}

}
