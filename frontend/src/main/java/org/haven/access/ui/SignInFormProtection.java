package org.haven.access.ui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.shared.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps anyone from signing a browser in as someone else (login CSRF: the victim then
 * types what they know into the attacker's account). The sign-in form must carry the CSRF
 * token of the browser's own session, which Vaadin's login form sends from the page's
 * {@code _csrf} meta tags; Vaadin's security configurer exempts the form from the check,
 * so Haven configures CSRF itself. On top of the token, a form that the browser says it
 * sent from another site ({@code Sec-Fetch-Site}, or failing that an {@code Origin} other
 * than Haven's own) is refused. Either refusal sends the browser back to a fresh sign-in
 * page that says so, and is audited.
 */
final class SignInFormProtection {

	static final String SIGN_IN_PATH = "/login";

	/** The query parameter of the sign-in page after a refused form. */
	static final String REFUSED_FORM = "expired";

	private static final RequestMatcher SIGN_IN_FORM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, SIGN_IN_PATH);

	private SignInFormProtection() {
	}

	/** A refused CSRF token on the sign-in form: back to the form; elsewhere a 403. */
	static ObjectPostProcessor<CsrfFilter> refusedTokensGoBackToTheForm(ApplicationEventPublisher events) {
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(SIGN_IN_FORM, backToTheForm(events, "sign-in:form-without-valid-token"));
		AccessDeniedHandler handler = new RequestMatcherDelegatingAccessDeniedHandler(handlers,
				new AccessDeniedHandlerImpl());
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends CsrfFilter> O postProcess(O filter) {
				filter.setAccessDeniedHandler(handler);
				return filter;
			}
		};
	}

	/**
	 * Spring Security's masked tokens, except that a token altered so that it no longer
	 * decodes is a wrong token: Spring Security 7.0 throws instead, and the form then
	 * ends in an error page rather than back at the sign-in.
	 */
	static CsrfTokenRequestHandler tokensThatDoNotDecodeAreWrong() {
		XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
		return new CsrfTokenRequestHandler() {
			@Override
			public void handle(HttpServletRequest request, HttpServletResponse response,
					Supplier<CsrfToken> csrfToken) {
				masked.handle(request, response, csrfToken);
			}

			@Override
			public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
				try {
					return masked.resolveCsrfTokenValue(request, csrfToken);
				}
				catch (IllegalArgumentException undecodable) {
					return null;
				}
			}
		};
	}

	/** Refuses a sign-in form sent from another site; runs before the CSRF check. */
	static SameOriginSignIn sameOriginOnly(ApplicationEventPublisher events) {
		return new SameOriginSignIn(backToTheForm(events, "sign-in:form-from-another-site"));
	}

	/** See {@link SignInFormProtection#sentFromHaven}. */
	static final class SameOriginSignIn extends OncePerRequestFilter {

		private final AccessDeniedHandler refused;

		private SameOriginSignIn(AccessDeniedHandler refused) {
			this.refused = refused;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (SIGN_IN_FORM.matches(request) && !sentFromHaven(request)) {
				this.refused.handle(request, response, new AccessDeniedException("Sign-in form from another site"));
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * What the browser says of where the form came from: {@code Sec-Fetch-Site}, which
	 * every current browser sends and no page can forge, or else the {@code Origin},
	 * compared with the address the request came to. A client that sends neither is
	 * judged by the CSRF token alone.
	 */
	static boolean sentFromHaven(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin") || site.equals("none");
		}
		String origin = request.getHeader("Origin");
		return origin == null || origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		int port = request.getServerPort();
		boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	private static AccessDeniedHandler backToTheForm(ApplicationEventPublisher events, String refusal) {
		return (request, response, denied) -> {
			events.publishEvent(new AccessRefused(refusal));
			response.sendRedirect(request.getContextPath() + SIGN_IN_PATH + "?" + REFUSED_FORM);
		};
	}

}
