package org.haven.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.haven.HavenIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HavenIntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/login", "/", "/admin/users", "/no-such-page", "/haven.css", "/VAADIN/",
			"/webjars/echarts/5.3.1/dist/echarts.min.js" })
	void every_response_forbids_framing_leaks_no_referrer_and_limits_where_content_comes_from(String path)
			throws Exception {
		HttpHeaders headers = get(path).headers();

		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/login", "/" })
	void application_pages_are_never_stored_by_the_browser_or_a_proxy(String path) throws Exception {
		assertThat(get(path).headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/login" })
	void the_session_cookie_is_out_of_reach_of_scripts_and_other_sites(String path) throws Exception {
		assertThat(get(path).headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/webjars/echarts/5.3.1/dist/echarts.min.js" })
	void the_chart_library_is_served_to_signed_in_users_only(String path) throws Exception {
		HttpResponse<String> anonymous = get(path);

		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("echarts");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
