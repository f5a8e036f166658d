package org.haven.keycloak;

import org.haven.HavenApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Haven with the {@code keycloak} profile, signing staff in through the real Keycloak
 * that {@link RealKeycloak} runs. Keycloak starts before the application, which reads its
 * discovery document at start-up; Haven runs on the port Keycloak's client expects. Every
 * test so based shares the one application context.
 */
@ExtendWith(RealKeycloak.class)
@SpringBootTest(classes = HavenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({ "test", "keycloak" })
@Import(KeycloakTest.SessionEnds.class)
public abstract class KeycloakTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class SessionEnds {

		@Bean
		EndedSessions endedSessions() {
			return new EndedSessions();
		}

	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry properties) {
		RealKeycloak.Instance keycloak = RealKeycloak.instance();
		properties.add("server.port", keycloak::havenPort);
		properties.add("HAVEN_KEYCLOAK_ISSUER", keycloak::issuer);
		properties.add("HAVEN_KEYCLOAK_CLIENT_SECRET", keycloak::clientSecret);
		properties.add("haven.security.require-mfa", () -> "true");
	}

	protected static RealKeycloak.Instance keycloak() {
		return RealKeycloak.instance();
	}

}
