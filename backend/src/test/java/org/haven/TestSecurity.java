package org.haven;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as another user, then restores whoever was signed in. */
public final class TestSecurity {

	private TestSecurity() {
	}

	public static <T> T asCaseworker(Supplier<T> action) {
		return as("carol", "CASEWORKER", action);
	}

	public static <T> T asAdministrator(Supplier<T> action) {
		return as("adam", "ADMIN", action);
	}

	public static <T> T as(String username, String role, Supplier<T> action) {
		return asHolding(username, List.of(role), action);
	}

	/** As a user who holds every one of {@code roles}. */
	public static <T> T asHolding(String username, List<String> roles, Supplier<T> action) {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
		try {
			return action.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
