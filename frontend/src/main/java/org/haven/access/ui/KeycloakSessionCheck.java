package org.haven.access.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ends a Haven session once Keycloak no longer stands behind it. Keycloak tells Haven
 * over the back channel when an administrator ends a session, but not when one disables a
 * person or the Keycloak session expires; so every few seconds of use Haven renews the
 * access token when it is due (which also keeps Keycloak's session alive while the person
 * works) and asks Keycloak whether it is still active. An unreachable Keycloak ends
 * nobody's work: the next check asks again.
 */
class KeycloakSessionCheck extends OncePerRequestFilter {

	static final String CHECKED_AT = KeycloakSessionCheck.class.getName() + ".checkedAt";

	private static final Logger log = LoggerFactory.getLogger(KeycloakSessionCheck.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OAuth2AuthorizedClientManager clients;

	private final Duration interval;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	KeycloakSessionCheck(OAuth2AuthorizedClientManager clients, Duration interval, Clock clock) {
		this.clients = clients;
		this.interval = interval;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication instanceof OAuth2AuthenticationToken signedIn && isDue(session)) {
			if (!stillActive(signedIn, request, response)) {
				log.info("A Haven session ended because Keycloak no longer has an active session for it");
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
			else {
				session.setAttribute(CHECKED_AT, this.clock.instant());
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isDue(HttpSession session) {
		try {
			Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
			return checkedAt == null || !checkedAt.plus(this.interval).isAfter(this.clock.instant());
		}
		catch (IllegalStateException alreadyInvalidated) {
			return false;
		}
	}

	private boolean stillActive(OAuth2AuthenticationToken signedIn, HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizedClient client;
		try {
			client = this.clients
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
					.principal(signedIn)
					.attributes(attributes -> {
						attributes.put(HttpServletRequest.class.getName(), request);
						attributes.put(HttpServletResponse.class.getName(), response);
					})
					.build());
		}
		catch (ClientAuthorizationException refused) {
			return false;
		}
		if (client == null) {
			return false;
		}
		return isActive(client);
	}

	/** RFC 7662 token introspection, as the client itself. */
	private boolean isActive(OAuth2AuthorizedClient client) {
		ClientRegistration registration = client.getClientRegistration();
		Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("introspection_endpoint");
		if (endpoint == null) {
			return true;
		}
		String credentials = Base64.getEncoder()
			.encodeToString((encode(registration.getClientId()) + ":" + encode(registration.getClientSecret()))
				.getBytes(StandardCharsets.UTF_8));
		HttpRequest introspection = HttpRequest.newBuilder(URI.create(endpoint.toString()))
			.timeout(Duration.ofSeconds(5))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("token_type_hint=access_token&token=" + encode(client.getAccessToken().getTokenValue())))
			.build();
		try {
			HttpResponse<String> answer = this.http.send(introspection, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				log.warn("Keycloak answered {} to a session check; the session stays for now", answer.statusCode());
				return true;
			}
			return Boolean.TRUE.equals(JSON.readValue(answer.body(), Map.class).get("active"));
		}
		catch (IOException ex) {
			log.warn("Keycloak could not be asked whether a session is still active ({}); it stays for now",
					ex.getClass().getSimpleName());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
