package org.haven.access.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.haven.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the {@code keycloak} profile Haven signs staff in against its own accounts and
 * has no OpenID Connect at all.
 */
@HavenIntegrationTest
class LocalSignInModeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	List<SecurityFilterChain> chains;

	@Test
	void there_is_no_oauth2_client_registration_and_no_oidc_filter() {
		assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBean(SignInMode.class)).isEqualTo(SignInMode.LOCAL);
		List<String> filters = this.chains.stream()
			.flatMap(chain -> chain.getFilters().stream())
			.map(filter -> filter.getClass().getName())
			.toList();
		assertThat(filters).noneMatch(name -> name.contains("oauth2") || name.contains("Oidc"))
			.contains(UsernamePasswordAuthenticationFilter.class.getName());
	}

	@Test
	void the_keycloak_sign_in_address_leads_nowhere_but_the_local_sign_in() throws Exception {
		HttpResponse<String> response = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/authorization/keycloak"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.headers().firstValue("Location").orElse(""))
			.satisfiesAnyOf(location -> assertThat(location).isEmpty(),
					location -> assertThat(location).endsWith("/login"))
			.doesNotContain("openid-connect");
	}

}
