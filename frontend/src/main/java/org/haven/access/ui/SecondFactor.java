package org.haven.access.ui;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Whether an ID token says that the person used a second factor. Keycloak lists the
 * methods in {@code amr} (RFC 8176 values, set by the reference values of the realm's
 * authentication flow: {@code pwd} for the password, {@code otp} for a one-time code);
 * {@code acr} counts only where the realm maps a level of assurance to one of the given
 * values. A token that says nothing about it has no second factor.
 */
record SecondFactor(Set<String> methods, Set<String> levels) {

	/** RFC 8176: a one-time code, a hardware or software key, or several factors. */
	static final Set<String> DEFAULT_METHODS = Set.of("otp", "hwk", "swk", "mfa");

	SecondFactor {
		methods = Set.copyOf(methods);
		levels = Set.copyOf(levels);
	}

	boolean presentIn(OidcIdToken token) {
		List<String> amr = token.getAuthenticationMethods();
		if (amr != null && amr.stream().anyMatch(this.methods::contains)) {
			return true;
		}
		String acr = token.getAuthenticationContextClass();
		return acr != null && this.levels.contains(acr);
	}

	static SecondFactor of(Collection<String> methods, Collection<String> levels) {
		return new SecondFactor(Set.copyOf(methods), Set.copyOf(levels));
	}

}
