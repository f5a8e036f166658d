package org.haven.ui;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The protections every way of signing in shares: response headers, a new session id at
 * sign-in, the absolute session lifetime and {@link QuickHide quick hide}. The idle
 * timeout is the servlet session timeout.
 */
public final class HavenWebSecurity {

	/**
	 * Vaadin's client needs inline bootstrap scripts and {@code eval} for the JavaScript
	 * that server code runs; everything is loaded from Haven itself and nothing may frame
	 * it.
	 */
	public static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy();

	/**
	 * The policy, with the origins that a form may also be sent to, or redirected to
	 * after sending: the identity provider's, where sign-in and sign-out continue.
	 */
	static String contentSecurityPolicy(String... formTargets) {
		String formAction = String.join(" ", "form-action 'self'", String.join(" ", formTargets)).strip();
		return String.join("; ", "default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
				"connect-src 'self'", "object-src 'none'", "base-uri 'self'", formAction, "frame-ancestors 'none'");
	}

	private HavenWebSecurity() {
	}

	/**
	 * Vaadin writes some responses, the bootstrap page among them, past the wrapper
	 * through which Spring Security adds headers on commit: the headers are therefore
	 * written up front.
	 */
	private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersBeforeTheResponseIsWritten() {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		};
	}

	/**
	 * For an address that matches no other rule: a signed-in user reaches Haven, which
	 * answers an address naming no screen with the same "not found" page, and the same
	 * 404, as a record that does not exist or may not be opened; anyone else is asked to
	 * sign in. (Vaadin's default would refuse such an address with an empty 403, telling
	 * it apart.)
	 */
	public static void signedIn(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl address) {
		address.authenticated();
	}

	/** The stylesheet is needed before sign-in too, by the sign-in page itself. */
	public static final String STYLESHEET = "/haven.css";

	public static HttpSecurity harden(HttpSecurity http, Duration absoluteSessionTimeout, Clock clock) {
		return harden(http, absoluteSessionTimeout, clock, new String[0]);
	}

	/**
	 * As {@link #harden(HttpSecurity, Duration, Clock)}, and lets forms go on to the
	 * given origins (scheme, host and port), such as the identity provider's.
	 */
	public static HttpSecurity harden(HttpSecurity http, Duration absoluteSessionTimeout, Clock clock,
			String... formTargets) {
		String policy = contentSecurityPolicy(formTargets);
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(STYLESHEET, QuickHide.PATH, QuickHide.NEUTRAL_PAGE, QuickHide.SCRIPT_PATH)
				.permitAll())
			.headers(headers -> headers.withObjectPostProcessor(writeHeadersBeforeTheResponseIsWritten())
				.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(permissions -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteSessionTimeout, clock),
					SecurityContextHolderFilter.class)
			.addFilterBefore(QuickHide.filter(http.getSharedObject(ApplicationContext.class)), LogoutFilter.class);
	}

}
