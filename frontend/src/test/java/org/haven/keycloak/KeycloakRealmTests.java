package org.haven.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Haven's realm export, as the real Keycloak imported it at start-up: what it enforces
 * (the sign-in behaviour is in {@link KeycloakSignInBrowserTest}).
 */
class KeycloakRealmTests extends KeycloakTest {

	@Test
	void the_haven_client_is_refused_an_authorization_without_a_pkce_challenge() throws Exception {
		String redirect = keycloak().havenUrl() + "/login/oauth2/code/keycloak";
		String withoutPkce = keycloak().issuer() + "/protocol/openid-connect/auth?client_id=haven&response_type=code"
				+ "&scope=openid&state=test-state&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8);

		HttpResponse<String> answer = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create(withoutPkce)).GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith(redirect)
				.contains("error=invalid_request")
				.contains("code_challenge"));
	}

	@Test
	void the_haven_client_is_confidential_requires_s256_and_has_a_back_channel_logout_url() {
		Map<?, ?> client = keycloak().admin().client("haven");

		assertThat(client.get("publicClient")).isEqualTo(false);
		assertThat(client.get("directAccessGrantsEnabled")).isEqualTo(false);
		assertThat(client.get("implicitFlowEnabled")).isEqualTo(false);
		Map<?, ?> attributes = (Map<?, ?>) client.get("attributes");
		assertThat(attributes.get("pkce.code.challenge.method")).isEqualTo("S256");
		assertThat(attributes.get("backchannel.logout.url"))
			.isEqualTo(keycloak().havenUrl() + "/logout/connect/back-channel/keycloak");
		assertThat(client.get("redirectUris"))
			.isEqualTo(List.of(keycloak().havenUrl() + "/login/oauth2/code/keycloak"));
	}

	@Test
	void the_realm_detects_brute_force_and_keeps_tokens_short_lived_and_single_use() {
		Map<?, ?> realm = keycloak().admin().realm();

		assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
		assertThat((Integer) realm.get("failureFactor")).isBetween(1, 5);
		assertThat((Integer) realm.get("accessTokenLifespan")).isLessThanOrEqualTo(300);
		assertThat(realm.get("revokeRefreshToken")).isEqualTo(true);
		assertThat(realm.get("refreshTokenMaxReuse")).isEqualTo(0);
		assertThat(realm.get("registrationAllowed")).isEqualTo(false);
	}

	@Test
	void the_browser_sign_in_asks_everyone_for_a_password_and_a_one_time_code() {
		Map<?, ?> realm = keycloak().admin().realm();

		assertThat(realm.get("browserFlow")).isEqualTo("haven browser");
		List<String> required = keycloak().admin()
			.executionsOf("haven browser")
			.stream()
			.map(execution -> (Map<?, ?>) execution)
			.filter(execution -> "REQUIRED".equals(execution.get("requirement")))
			.map(execution -> String.valueOf(execution.get("providerId")))
			.toList();
		assertThat(required).contains("auth-username-password-form", "auth-otp-form");
	}

}
