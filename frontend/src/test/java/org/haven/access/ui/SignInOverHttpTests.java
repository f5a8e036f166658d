package org.haven.access.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in the way a browser does, over HTTP against the running server: the login form
 * posts the username, the password and the CSRF token.
 */
@HavenIntegrationTest
class SignInOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void a_demo_account_signs_in_and_gets_a_new_session_id() throws Exception {
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();
		String sessionBefore = browser.sessionId().orElseThrow();

		HttpResponse<String> response = browser.signIn(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, csrf);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error").doesNotContain(DemoAccounts.PASSWORD));
		assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(sessionBefore);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void a_wrong_password_is_refused() throws Exception {
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();

		HttpResponse<String> response = browser.signIn(DemoAccounts.CASEWORKER, "not-the-password", csrf);

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void five_wrong_passwords_lock_the_account_and_the_right_one_then_gets_the_same_answer() throws Exception {
		this.testAccounts.create("lockout-target", Role.CASEWORKER);
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> wrong = browser.signIn("lockout-target", "wrong-password-" + attempt, csrf);
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		}

		HttpResponse<String> right = browser.signIn("lockout-target", TestAccounts.PASSWORD, csrf);

		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(this.testAccounts.find("lockout-target").lockedUntil()).isNotNull();
	}

	@Test
	void four_wrong_passwords_then_the_right_one_signs_in() throws Exception {
		this.testAccounts.create("almost-locked", Role.CASEWORKER);
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.signIn("almost-locked", "wrong-password-" + attempt, csrf);
		}

		HttpResponse<String> right = browser.signIn("almost-locked", TestAccounts.PASSWORD, csrf);

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void a_disabled_account_cannot_sign_in() throws Exception {
		var account = this.testAccounts.create("left-the-team", Role.SUPERVISOR);
		this.testAccounts.disable(account);
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();

		HttpResponse<String> response = browser.signIn("left-the-team", TestAccounts.PASSWORD, csrf);

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
	}

	/**
	 * A cookie-keeping HTTP client that does not follow redirects, so each answer can be
	 * checked.
	 */
	final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		String openLoginPage() throws IOException, InterruptedException {
			HttpResponse<String> page = get("/login");
			assertThat(page.statusCode()).isEqualTo(200);
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
			return csrf.group(1);
		}

		HttpResponse<String> signIn(String username, String password, String csrf)
				throws IOException, InterruptedException {
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
			return this.client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		Optional<String> sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue)
				.findFirst();
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + SignInOverHttpTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
