package org.haven.access.ui;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.IdentityProviderAccounts;
import org.haven.access.SignInRefusedException;
import org.haven.ui.HavenWebSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in through Keycloak, with the {@code keycloak} profile: the OpenID Connect
 * authorization code flow with PKCE (S256), sign-out that ends the Keycloak session too,
 * back-channel logout, by which Keycloak ends a Haven session when an administrator ends
 * the person's session there, and a regular check that catches what Keycloak does not
 * send (see {@link KeycloakSessionCheck}). Haven has no sign-in form and checks no
 * password in this mode.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

	/** The registration id, part of Haven's redirect and back-channel logout URLs. */
	static final String REGISTRATION = "keycloak";

	static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

	private static final Logger log = LoggerFactory.getLogger(KeycloakSecurityConfiguration.class);

	@Bean
	SignInMode signInMode() {
		return SignInMode.KEYCLOAK;
	}

	@Bean
	KeycloakSignIn keycloakSignIn(IdentityProviderAccounts accounts,
			@Value("${haven.security.require-mfa}") boolean requireSecondFactor,
			@Value("${haven.security.second-factor.methods:otp,hwk,swk,mfa}") List<String> methods,
			@Value("${haven.security.second-factor.levels:}") List<String> levels) {
		return new KeycloakSignIn(accounts, requireSecondFactor, SecondFactor.of(methods, levels));
	}

	/** Keycloak's tokens live in the HTTP session, and end with it. */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	SecurityFilterChain keycloakLogin(HttpSecurity http, ClientRegistrationRepository registrations,
			KeycloakSignIn signIn, OAuth2AuthorizedClientManager authorizedClients,
			@Value("${haven.security.session.absolute-timeout:12h}") Duration absoluteSessionTimeout,
			@Value("${haven.security.keycloak.session-check-interval:10s}") Duration sessionCheckInterval, Clock clock)
			throws Exception {
		HavenWebSecurity.harden(http, absoluteSessionTimeout, clock, identityProviderOrigin(registrations));
		http.addFilterAfter(new KeycloakSessionCheck(authorizedClients, sessionCheckInterval, clock),
				SecurityContextHolderFilter.class);
		DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.oauth2Login(login -> login
			.authorizationEndpoint(
					endpoint -> endpoint.authorizationRequestResolver(new SignInAgainAfterQuickHide(withPkce)))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
			.failureHandler(refusedSignIns()));
		http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.oauth2LoginPage(SIGN_IN, "{baseUrl}/").anyRequest(HavenWebSecurity::signedIn));
		return http.build();
	}

	/**
	 * A refused sign-in lands on a page that says why in the user's language. Sending it
	 * back to Keycloak instead would sign the person straight in again, and refuse them
	 * again, in a loop.
	 */
	static AuthenticationFailureHandler refusedSignIns() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			String reason = reasonOf(failure);
			if (reason.equals(SignInRefusedView.FAILED)) {
				log.warn("A sign-in through Keycloak failed: {}", failure.getClass().getSimpleName());
			}
			response.sendRedirect(request.getContextPath() + "/" + SignInRefusedView.ROUTE + "?reason=" + reason);
		};
	}

	static String reasonOf(AuthenticationException failure) {
		if (failure instanceof OAuth2AuthenticationException oauth2
				&& oauth2.getError().getErrorCode().startsWith(KeycloakSignIn.REFUSAL)) {
			String code = oauth2.getError().getErrorCode().substring(KeycloakSignIn.REFUSAL.length());
			if (Arrays.stream(SignInRefusedException.Reason.values()).anyMatch(reason -> reason.code().equals(code))) {
				return code;
			}
		}
		return SignInRefusedView.FAILED;
	}

	/** Scheme, host and port of Keycloak, as its issuer names it. */
	static String identityProviderOrigin(ClientRegistrationRepository registrations) {
		ClientRegistration keycloak = registrations.findByRegistrationId(REGISTRATION);
		if (keycloak == null) {
			throw new IllegalStateException(
					"The keycloak profile needs the client registration 'keycloak' (HAVEN_KEYCLOAK_ISSUER and the client secret)");
		}
		URI issuer = URI.create(keycloak.getProviderDetails().getIssuerUri());
		return issuer.getScheme() + "://" + issuer.getAuthority();
	}

}
