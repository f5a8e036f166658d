package org.haven.access.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.access.AccountFixtures;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in the way a browser does, over HTTP against the running server: the login form
 * posts the username, the password and the CSRF token. Tests that fail sign-ins do so
 * from client addresses of their own, so that the throttle's count of one address does
 * not reach the other tests.
 */
@HavenIntegrationTest
class SignInOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountFixtures olderHaven;

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
	void an_attacker_hammering_an_account_from_one_address_cannot_keep_its_owner_out() throws Exception {
		this.testAccounts.create("hammered", Role.CASEWORKER);
		Browser attacker = new Browser("127.0.0.2");
		String attackersToken = attacker.openLoginPage();
		for (int attempt = 1; attempt <= 12; attempt++) {
			HttpResponse<String> wrong = attacker.signIn("hammered", "wrong-password-" + attempt, attackersToken);
			assertThat(wrong.headers().firstValue("Location")).as("attempt %d", attempt)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		}
		Browser owner = new Browser("127.0.0.3");

		HttpResponse<String> right = owner.signIn("hammered", TestAccounts.PASSWORD, owner.openLoginPage());

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThat(owner.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void many_addresses_guessing_an_account_do_not_keep_its_owner_out_at_an_address_they_signed_in_from()
			throws Exception {
		this.testAccounts.create("besieged", Role.SUPERVISOR);
		Browser owner = new Browser("127.0.0.4");
		owner.signIn("besieged", TestAccounts.PASSWORD, owner.openLoginPage());
		for (int address = 10; address < 17; address++) {
			Browser attacker = new Browser("127.0.0." + address);
			String token = attacker.openLoginPage();
			for (int attempt = 1; attempt <= 3; attempt++) {
				attacker.signIn("besieged", "wrong-password-" + attempt, token);
			}
		}
		Browser ownerAgain = new Browser("127.0.0.4");

		HttpResponse<String> right = ownerAgain.signIn("besieged", TestAccounts.PASSWORD, ownerAgain.openLoginPage());

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void a_few_wrong_passwords_then_the_right_one_signs_in() throws Exception {
		this.testAccounts.create("almost-slowed", Role.CASEWORKER);
		Browser browser = new Browser("127.0.0.5");
		String csrf = browser.openLoginPage();
		for (int attempt = 1; attempt <= 2; attempt++) {
			browser.signIn("almost-slowed", "wrong-password-" + attempt, csrf);
		}

		HttpResponse<String> right = browser.signIn("almost-slowed", TestAccounts.PASSWORD, csrf);

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void a_sign_in_without_the_csrf_token_signs_nobody_in() throws Exception {
		Browser browser = new Browser();
		browser.openLoginPage();

		HttpResponse<String> response = browser.post("/login",
				signInForm(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, null), null);

		assertThatTheFormWasRefused(browser, response);
	}

	@Test
	void a_sign_in_with_a_bogus_csrf_token_signs_nobody_in() throws Exception {
		Browser browser = new Browser();
		String real = browser.openLoginPage();
		String altered = real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
		String anotherSessions = new Browser().openLoginPage();

		for (String bogus : List.of(altered, anotherSessions, "bogus")) {
			HttpResponse<String> response = browser.post("/login",
					signInForm(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, bogus), null);

			assertThatTheFormWasRefused(browser, response);
		}
	}

	@Test
	void a_sign_in_form_sent_from_another_site_signs_nobody_in_even_with_a_valid_token() throws Exception {
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();

		HttpResponse<String> fromEvil = browser.post("/login",
				signInForm(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, csrf), "http://evil.example");

		assertThatTheFormWasRefused(browser, fromEvil);
		HttpResponse<String> fromHaven = browser.post("/login",
				signInForm(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, csrf), "http://localhost:" + this.port);
		assertThat(fromHaven.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error").doesNotContain("expired"));
	}

	@Test
	void a_form_the_browser_says_came_from_another_site_signs_nobody_in() throws Exception {
		Browser browser = new Browser();
		String csrf = browser.openLoginPage();

		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Sec-Fetch-Site", "cross-site")
			.POST(HttpRequest.BodyPublishers
				.ofString(signInForm(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, csrf))));

		assertThatTheFormWasRefused(browser, response);
	}

	@Test
	void an_account_holding_roles_that_must_not_meet_is_told_why_after_the_right_password() throws Exception {
		UserSummary account = this.testAccounts.create("two-hats", Role.ADMIN);
		this.olderHaven.addRolesWithoutTheRules(account.id(), Role.CASEWORKER);
		Browser browser = new Browser("127.0.0.6");
		String csrf = browser.openLoginPage();

		HttpResponse<String> wrong = browser.signIn("two-hats", "not-the-password", csrf);
		HttpResponse<String> right = browser.signIn("two-hats", TestAccounts.PASSWORD, csrf);

		assertThat(wrong.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/signin-refused?reason=conflicting-roles"));
		assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
		assertThat(browser.get("/signin-refused?reason=conflicting-roles").statusCode()).isEqualTo(200);
	}

	private void assertThatTheFormWasRefused(Browser browser, HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
		assertThat(browser.get("/").statusCode()).as("nobody signed in").isEqualTo(302);
	}

	private static String signInForm(String username, String password, String csrf) {
		String form = "username=" + Browser.encode(username) + "&password=" + Browser.encode(password);
		return csrf == null ? form : form + "&_csrf=" + Browser.encode(csrf);
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

		private final HttpClient client;

		Browser() {
			this("127.0.0.1");
		}

		/**
		 * A browser on another client address: the whole of 127.0.0.0/8 reaches the
		 * server, and the throttle counts each address apart.
		 */
		Browser(String localAddress) {
			try {
				this.client = HttpClient.newBuilder()
					.cookieHandler(this.cookies)
					.followRedirects(HttpClient.Redirect.NEVER)
					.localAddress(InetAddress.getByName(localAddress))
					.build();
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(ex);
			}
		}

		String openLoginPage() throws IOException, InterruptedException {
			HttpResponse<String> page = get("/login");
			assertThat(page.statusCode()).isEqualTo(200);
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
			return csrf.group(1);
		}

		HttpResponse<String> signIn(String username, String password, String csrf)
				throws IOException, InterruptedException {
			return post("/login", signInForm(username, password, csrf), null);
		}

		HttpResponse<String> post(String path, String form, String origin) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
			if (origin != null) {
				request.header("Origin", origin);
			}
			return send(request);
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

		URI uri(String path) {
			return URI.create("http://localhost:" + SignInOverHttpTests.this.port + path);
		}

		static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
