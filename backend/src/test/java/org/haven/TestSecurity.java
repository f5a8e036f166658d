package org.haven;

import java.util.List;
import java.util.function.Supplier;

import org.haven.access.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a step of a test as another user, then restores whoever was signed in: the one
 * helper for it, in the backend's tests and (through the test jar) the frontend's.
 */
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

	public static <T> T as(String username, Role role, Supplier<T> action) {
		return asWith(username, List.of(role.authority()), action);
	}

	/** As a user who holds every one of {@code roles}. */
	public static <T> T asHolding(String username, List<String> roles, Supplier<T> action) {
		return asWith(username, roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
				action);
	}

	private static <T> T asWith(String username, List<? extends GrantedAuthority> authorities, Supplier<T> action) {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
		try {
			return action.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
