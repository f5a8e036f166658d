package org.haven.access.ui;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.haven.ui.HavenWebSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

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
	SecurityFilterChain localLogin(HttpSecurity http,
			@Value("${haven.security.session.absolute-timeout:12h}") Duration absoluteSessionTimeout, Clock clock)
			throws Exception {
		HavenWebSecurity.harden(http, absoluteSessionTimeout, clock);
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class).anyRequest(HavenWebSecurity::signedIn));
		return http.build();
	}

}
