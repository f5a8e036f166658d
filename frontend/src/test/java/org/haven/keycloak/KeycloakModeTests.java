package org.haven.keycloak;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code keycloak} profile Haven has no password sign-in at all: no form, no
 * {@code /login} endpoint, no accounts checked against Haven's own passwords.
 */
class KeycloakModeTests extends KeycloakTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	List<SecurityFilterChain> chains;

	@Autowired
	ServletRegistrationBean<SpringServlet> vaadinServlet;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void no_password_is_checked_by_haven() {
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		assertThat(filters()).noneMatch(UsernamePasswordAuthenticationFilter.class::isInstance)
			.anyMatch(filter -> filter.getClass().getSimpleName().equals("OAuth2LoginAuthenticationFilter"));
		assertThat(this.context.getBean(ClientRegistrationRepository.class).findByRegistrationId("keycloak"))
			.isNotNull();
	}

	@Test
	void posting_a_username_and_password_to_login_signs_nobody_in() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		browser.send(HttpRequest.newBuilder(haven("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + encode(TestUsers.CASEWORKER.username) + "&password=" + encode(TestUsers.PASSWORD)))
			.build(), HttpResponse.BodyHandlers.ofString());

		HttpResponse<String> home = browser.send(HttpRequest.newBuilder(haven("/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
	}

	@Test
	void the_sign_in_address_of_the_local_mode_shows_no_form() throws Exception {
		HttpResponse<String> login = get("/login");

		assertThat(login.body()).doesNotContain("vaadin-login-form").doesNotContain("name=\"password\"");
	}

	@Test
	void there_is_neither_a_sign_in_form_nor_a_password_change() {
		Set<String> routes = RouteConfiguration
			.forRegistry(ApplicationRouteRegistry.getInstance(service().getContext()))
			.getAvailableRoutes()
			.stream()
			.map(RouteData::getTemplate)
			.collect(Collectors.toSet());

		assertThat(routes).doesNotContain("login", "account/password").contains("", "admin/users", "signin-refused");
	}

	@Test
	void an_anonymous_visitor_is_sent_to_keycloak_with_a_pkce_challenge() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		String signIn = home.headers().firstValue("Location").orElseThrow();
		assertThat(signIn).endsWith("/oauth2/authorization/keycloak");

		HttpResponse<String> toKeycloak = get("/oauth2/authorization/keycloak");

		String authorization = toKeycloak.headers().firstValue("Location").orElseThrow();
		assertThat(authorization).startsWith(keycloak().issuer() + "/protocol/openid-connect/auth?")
			.contains("client_id=haven", "code_challenge=", "code_challenge_method=S256", "scope=openid%20profile");
	}

	@Test
	void every_response_keeps_the_protective_headers_and_lets_forms_go_on_to_keycloak() throws Exception {
		for (String path : List.of("/", "/signin-refused", "/no-such-page")) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
						"form-action 'self' " + keycloak().baseUrl() + ";"));
		}
	}

	@Test
	void the_refusal_page_is_open_to_anyone() throws Exception {
		HttpResponse<String> page = get("/signin-refused?reason=no-role");

		assertThat(page.statusCode()).isEqualTo(200);
	}

	private List<Filter> filters() {
		return this.chains.stream().flatMap(chain -> chain.getFilters().stream()).toList();
	}

	private VaadinService service() {
		return this.vaadinServlet.getServlet().getService();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(haven(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI haven(String path) {
		return URI.create(keycloak().havenUrl() + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
