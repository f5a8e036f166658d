package org.haven.access;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
// Services guard themselves with @PreAuthorize. @RolesAllowed stays Vaadin's, on views
// only: as method
// security it would wrap every view in a proxy.
@EnableMethodSecurity
@EnableConfigurationProperties({ SignInThrottleProperties.class, FirstAdministrator.Properties.class })
class AccessConfiguration {

	/**
	 * Argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane). Hashes
	 * carry their algorithm id, so that the parameters can be raised later without
	 * locking anybody out.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2";
		return new DelegatingPasswordEncoder(argon2,
				Map.of(argon2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
	}

	@Bean
	SignInThrottle signInThrottle(JdbcTemplate jdbc, SignInThrottleProperties settings, Clock clock,
			PlatformTransactionManager transactions) {
		return new SignInThrottle(new SignInThrottleRows(jdbc), settings, clock, new TransactionTemplate(transactions));
	}

	/**
	 * The local sign-in only: with Keycloak ({@code keycloak} profile) Haven checks no
	 * password at all. The one authentication provider, so Spring Security builds no
	 * other from a {@code UserDetailsService}.
	 */
	@Bean
	@Profile("!keycloak")
	AuthenticationProvider passwordSignIn(UserAccountRepository accounts, AccountSeals seals, SignInThrottle throttle,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		return new PasswordSignIn(accounts, seals, throttle, passwordEncoder, events,
				new TransactionTemplate(transactions));
	}

}
