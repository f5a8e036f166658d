package org.haven.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member on whose behalf the current thread works. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in username; throws when nobody is signed in. */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new IllegalStateException("Nobody is signed in");
		}
		return authentication.getName();
	}

	/** The roles of the signed-in user; empty when nobody is signed in. */
	public static Set<Role> roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return rolesAmong(authentication.getAuthorities());
	}

	/** Haven's roles among Spring Security's authorities. */
	static Set<Role> rolesAmong(Collection<? extends GrantedAuthority> granted) {
		Set<String> authorities = granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return EnumSet.allOf(Role.class)
			.stream()
			.filter(role -> authorities.contains(role.authority().getAuthority()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
