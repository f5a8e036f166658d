package org.haven.access;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The local sign-in: Spring Security's password check against Haven's accounts, behind
 * the {@link SignInThrottle throttle}, followed by the {@link RoleRules role rule}. A
 * throttled attempt gets the same answer as a wrong password, and takes as long whenever
 * the answer depends on the account. Every failure is announced for the audit trail,
 * without what was typed.
 */
class PasswordSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final UserAccountRepository accounts;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	private final Supplier<String> someHash;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PasswordSignIn(UserAccountRepository accounts, AccountSeals seals, SignInThrottle throttle,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		this.someHash = SingletonSupplier.of(() -> passwordEncoder.encode("no password of anyone"));
		this.events = events;
		this.transactions = transactions;
		this.passwords = new DaoAuthenticationProvider(new LocalUserDetailsService(accounts, seals));
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.passwords.setPostAuthenticationChecks(PasswordSignIn::refuseRolesThatMustNotMeet);
		this.passwords.afterPropertiesSet();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		UUID account = accountNamed(authentication.getName());
		SignInThrottle.Attempt attempt = this.throttle.begin(addressOf(authentication), account);
		if (!attempt.allowed()) {
			if (attempt.refusedForTheAccount()) {
				takeAsLongAsAPasswordCheck(authentication);
			}
			announce(new SignInThrottled(account));
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.throttle.succeeded(attempt);
			return signedIn;
		}
		catch (PasswordSignInRefusedException refused) {
			this.throttle.succeeded(attempt);
			announce(new SignInRefused(account, refused.reason()));
			throw refused;
		}
		catch (BadCredentialsException wrong) {
			announce(new SignInFailed(account));
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * An account written before the rule, or changed in the database, may hold roles that
	 * must not meet: its owner is told so once the password has proven who they are.
	 */
	private static void refuseRolesThatMustNotMeet(UserDetails user) {
		if (RoleRules.violatedBy(CurrentUser.rolesAmong(user.getAuthorities())).isPresent()) {
			throw new PasswordSignInRefusedException(SignInRefusedException.Reason.CONFLICTING_ROLES);
		}
	}

	private UUID accountNamed(String typed) {
		String username = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return this.transactions.execute(status -> this.accounts.findByUsername(username)
			.filter(found -> found.passwordHash() != null)
			.map(UserAccount::id)
			.orElse(null));
	}

	private static ClientAddress addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web
				? ClientAddress.of(web.getRemoteAddress()) : ClientAddress.UNKNOWN;
	}

	private void takeAsLongAsAPasswordCheck(Authentication authentication) {
		Object typed = authentication.getCredentials();
		this.passwordEncoder.matches(typed == null ? "" : typed.toString(), this.someHash.get());
	}

	private void announce(AccountEvent event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

}
