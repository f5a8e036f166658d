package org.haven.access.ui;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, as a browser asks: an address that does not exist and a case that does not
 * exist (or may not be opened) answer 404 with the same page, so that neither a status
 * code nor the page tells what exists.
 */
@HavenIntegrationTest
class NotFoundOverHttpTests {

	@LocalServerPort
	int port;

	@Test
	void a_missing_address_and_a_missing_case_answer_404_with_the_same_page() throws Exception {
		SignInOverHttpTests.Browser browser = browser();
		browser.signIn(DemoAccounts.CASEWORKER, DemoAccounts.PASSWORD, browser.openLoginPage());
		assertThat(browser.get("/cases").statusCode()).as("signed in, an existing screen").isEqualTo(200);

		HttpResponse<String> missingAddress = browser.get("/no-such-screen");
		HttpResponse<String> missingCase = browser.get("/cases/C-0000-0000");

		assertThat(missingAddress.statusCode()).isEqualTo(404);
		assertThat(missingCase.statusCode()).isEqualTo(404);
		assertThat(shown(missingAddress.body())).contains("Page not found", "not-found-view")
			.isEqualTo(shown(missingCase.body()));
	}

	/**
	 * What the page shows: its texts and element ids, as the first answer carries them
	 * for the browser to render, without the per-request tokens and ids around them.
	 */
	private static List<String> shown(String page) {
		Matcher shown = SHOWN.matcher(page);
		List<String> texts = new ArrayList<>();
		while (shown.find()) {
			texts.add(shown.group(1));
		}
		return texts.stream().sorted().toList();
	}

	private static final Pattern SHOWN = Pattern
		.compile("\"key\":\"(?:text|id)\",\"feat\":\\d+,\"value\":\"([^\"]*)\"");

	private SignInOverHttpTests.Browser browser() {
		SignInOverHttpTests http = new SignInOverHttpTests();
		http.port = this.port;
		return http.new Browser();
	}

}
