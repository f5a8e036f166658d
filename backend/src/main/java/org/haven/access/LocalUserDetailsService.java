package org.haven.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up local accounts for the sign-in form. A disabled account is reported as such to
 * Spring Security, which refuses it before the password is checked; the sign-in form
 * shows the same message as for a wrong password, so nobody learns which accounts exist.
 */
class LocalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	LocalUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		UserAccount account = this.accounts.findByUsername(normalised)
			.filter(found -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No local account with that username"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map(Role::authority).toList())
			.build();
	}

}
