package org.haven;

import java.util.List;
import java.util.function.Supplier;

import org.haven.access.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as another user, then restores whoever was signed in. */
public final class TestSecurityContext {

	private TestSecurityContext() {
	}

	public static <T> T asCaseworker(Supplier<T> action) {
		return as(DemoAccounts.CASEWORKER, Role.CASEWORKER, action);
	}

	public static <T> T as(String username, Role role, Supplier<T> action) {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication previous = context.getAuthentication();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(role.authority())));
		try {
			return action.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
