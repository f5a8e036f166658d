package org.haven.access.ui;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.PasswordSignInRefusedException;
import org.haven.ui.HavenWebSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Sign-in with a username and password against Haven's own accounts: the embedded
 * default. With the {@code keycloak} profile {@link KeycloakSecurityConfiguration} takes
 * its place.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class LocalLoginSecurityConfiguration {

	@Bean
	SignInMode signInMode() {
		return SignInMode.LOCAL;
	}

	@Bean
	SecurityFilterChain localLogin(HttpSecurity http, RequestUtil vaadinRequests, ApplicationEventPublisher events,
			@Value("${haven.security.session.absolute-timeout:12h}") Duration absoluteSessionTimeout, Clock clock)
			throws Exception {
		HavenWebSecurity.harden(http, absoluteSessionTimeout, clock);
		// Vaadin's own requests carry Vaadin's CSRF token; everything else, the sign-in
		// form included, Spring Security's (see SignInFormProtection)
		http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
			.csrfTokenRequestHandler(SignInFormProtection.tokensThatDoNotDecodeAreWrong())
			.withObjectPostProcessor(SignInFormProtection.refusedTokensGoBackToTheForm(events)));
		http.addFilterBefore(SignInFormProtection.sameOriginOnly(events), CsrfFilter.class);
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class)
					.anyRequest(HavenWebSecurity::signedIn)
					.enableCsrfConfiguration(false));
		// after Vaadin's configurer, whose set-up names the sign-in page first: otherwise
		// Spring Security would generate a sign-in page of its own
		http.formLogin(form -> form.failureHandler(failedSignIns()));
		return http.build();
	}

	/**
	 * Whatever went wrong before the password was known to be right gets the sign-in
	 * form's one message; a refusal after it (roles that must not meet) the page that
	 * says why, since the person has proven who they are.
	 */
	static AuthenticationFailureHandler failedSignIns() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			String target = failure instanceof PasswordSignInRefusedException refused
					? "/" + SignInRefusedView.ROUTE + "?reason=" + refused.reason().code()
					: SignInFormProtection.SIGN_IN_PATH + "?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

}
