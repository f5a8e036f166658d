package org.haven.access.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.haven.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorTests {

	final SecondFactor secondFactor = SecondFactor.of(SecondFactor.DEFAULT_METHODS, Set.of());

	@Test
	void a_password_and_a_one_time_code_count_as_a_second_factor() {
		assertThat(this.secondFactor.presentIn(token(Map.of("amr", List.of("pwd", "otp"), "acr", "1")))).isTrue();
	}

	@Test
	void a_security_key_counts_as_a_second_factor() {
		assertThat(this.secondFactor.presentIn(token(Map.of("amr", List.of("hwk"))))).isTrue();
	}

	@Test
	void a_password_alone_does_not() {
		assertThat(this.secondFactor.presentIn(token(Map.of("amr", List.of("pwd"), "acr", "1")))).isFalse();
	}

	@Test
	void a_token_that_says_nothing_about_how_the_person_signed_in_does_not() {
		assertThat(this.secondFactor.presentIn(token(Map.of()))).isFalse();
	}

	@Test
	void a_level_of_assurance_counts_only_where_haven_is_told_it_means_a_second_factor() {
		OidcIdToken gold = token(Map.of("acr", "gold"));

		assertThat(this.secondFactor.presentIn(gold)).isFalse();
		assertThat(SecondFactor.of(Set.of("otp"), Set.of("gold")).presentIn(gold)).isTrue();
	}

	@Test
	void only_havens_four_realm_roles_become_haven_roles() {
		OidcIdToken token = token(Map.of("realm_access", Map.of("roles",
				List.of("admin", "auditor", "offline_access", "default-roles-haven", "ADMINISTRATOR"))));

		assertThat(KeycloakSignIn.havenRoles(token)).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
	}

	@Test
	void a_token_without_realm_roles_gives_no_haven_role() {
		assertThat(KeycloakSignIn.havenRoles(token(Map.of()))).isEmpty();
	}

	@Test
	void production_requires_a_second_factor_unless_told_otherwise() throws Exception {
		Properties production = new Properties();
		try (var input = getClass().getResourceAsStream("/application-prod.properties")) {
			production.load(input);
		}
		Properties defaults = new Properties();
		try (var input = getClass().getResourceAsStream("/application.properties")) {
			defaults.load(input);
		}

		assertThat(production.getProperty("haven.security.require-mfa")).isEqualTo("${HAVEN_REQUIRE_MFA:true}");
		assertThat(defaults.getProperty("haven.security.require-mfa")).isEqualTo("${HAVEN_REQUIRE_MFA:false}");
	}

	static OidcIdToken token(Map<String, Object> claims) {
		return OidcIdToken.withTokenValue("token")
			.subject("subject")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims(all -> all.putAll(claims))
			.build();
	}

}
