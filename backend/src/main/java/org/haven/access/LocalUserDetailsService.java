package org.haven.access;

import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up local accounts for the sign-in form. A disabled account is reported as such to
 * Spring Security, which refuses it before the password is checked; the sign-in form
 * shows the same message as for a wrong password, so nobody learns which accounts exist.
 * An account whose sign-in fails its seal does not exist here, and only sealed role
 * memberships grant a role.
 */
class LocalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final AccountSeals seals;

	LocalUserDetailsService(UserAccountRepository accounts, AccountSeals seals) {
		this.accounts = accounts;
		this.seals = seals;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		UserAccount account = this.accounts.findByUsername(normalised)
			.filter(found -> found.passwordHash() != null)
			.filter(this.seals::intact)
			.orElseThrow(() -> new UsernameNotFoundException("No local account with that username"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(this.seals.roles(account).stream().map(Role::authority).toList())
			.build();
	}

}
