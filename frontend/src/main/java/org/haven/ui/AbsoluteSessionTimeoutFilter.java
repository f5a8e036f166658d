package org.haven.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is, so that a
 * forgotten screen on a shared computer does not stay open for days. Runs before the
 * security context is loaded, so the request that finds the session too old already
 * counts as signed out.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".signedInAt";

	private final Duration maximumAge;

	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration maximumAge, Clock clock) {
		this.maximumAge = maximumAge;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && isSignedIn(session)) {
			Instant now = this.clock.instant();
			Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
			if (signedInAt == null) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (signedInAt.plus(this.maximumAge).isBefore(now)) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isSignedIn(HttpSession session) {
		try {
			return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
		}
		catch (IllegalStateException alreadyInvalidated) {
			return false;
		}
	}

}
