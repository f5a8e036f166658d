package org.haven.access.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.TestSecurity;
import org.haven.access.Role;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.ui.QuickHide;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quick hide over HTTP, against the running server: the address the browser goes to ends
 * the session for good and leads to a page that names nothing of Haven.
 */
@HavenIntegrationTest
class QuickHideOverHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditWorkspace workspace;

	@Test
	void quick_hide_ends_the_session_leads_to_the_neutral_page_and_is_audited_as_a_sign_out() throws Exception {
		this.testAccounts.create("quick-hider", Role.CASEWORKER);
		SignInOverHttpTests.Browser browser = browser();
		browser.signIn("quick-hider", TestAccounts.PASSWORD, browser.openLoginPage());
		assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);
		String session = browser.sessionId().orElseThrow();

		HttpResponse<String> hidden = browser.get("/quick-hide");

		assertThat(hidden.statusCode()).isEqualTo(302);
		assertThat(hidden.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/weather.html"));
		assertThat(hidden.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(hidden.headers().allValues("Set-Cookie")).as("the next sign-in asks for the password")
			.anySatisfy(
					cookie -> assertThat(cookie).startsWith(QuickHide.SIGN_IN_AGAIN_COOKIE + "=").contains("HttpOnly"));
		HttpResponse<String> withTheOldSession = getWithCookie("/", "JSESSIONID=" + session);
		assertThat(withTheOldSession.statusCode()).isEqualTo(302);
		assertThat(withTheOldSession.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(browser.get("/persons").statusCode()).as("whatever cookie the browser kept").isEqualTo(302);

		List<AuditEvent> events = TestSecurity.as("aisha", Role.AUDITOR, () -> this.workspace
			.search(new AuditQuery(null, null, "quick-hider", Action.SIGN_OUT, null, null), 0, 10));
		assertThat(events).hasSize(1);
	}

	@Test
	void quick_hide_without_a_session_still_leads_to_the_neutral_page_not_to_the_sign_in() throws Exception {
		HttpResponse<String> hidden = browser().get("/quick-hide");

		assertThat(hidden.statusCode()).isEqualTo(302);
		assertThat(hidden.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/weather.html").doesNotContain("login"));
	}

	@Test
	void the_neutral_page_is_public_and_names_nothing_of_haven() throws Exception {
		HttpResponse<String> page = browser().get("/weather.html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<title>Weather</title>")
			.doesNotContainIgnoringCase("haven")
			.doesNotContainIgnoringCase("traffick")
			.doesNotContainIgnoringCase("case")
			.doesNotContain("haven.css")
			.doesNotContain("VAADIN");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void the_script_that_hides_the_page_is_served_as_javascript() throws Exception {
		HttpResponse<String> script = browser().get("/quick-hide.js");

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("javascript"));
		assertThat(script.body()).contains("location.replace");
	}

	private SignInOverHttpTests.Browser browser() {
		SignInOverHttpTests http = new SignInOverHttpTests();
		http.port = this.port;
		return http.new Browser();
	}

	private HttpResponse<String> getWithCookie(String path, String cookie) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookie)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
