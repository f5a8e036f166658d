package org.haven.keycloak;

import java.time.Duration;
import java.util.List;

import org.haven.browser.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in through the real Keycloak's form, with a password and a code from their
 * authenticator app, in a real browser.
 */
class KeycloakSignInBrowserTest extends KeycloakTest {

	ChromeDriver browser;

	@Autowired
	EndedSessions endedSessions;

	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.start("en");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|', textBlock = """
			CASEWORKER | Home, My cases, Intake
			SUPERVISOR | Home, All cases, Break-glass openings
			AUDITOR    | Home, Audit trail, Integrity, Highlights
			ADMIN      | Home, Accounts, Reference lists, Keys
			""")
	void each_role_signs_in_through_keycloak_and_sees_only_its_navigation(TestUsers user, String navigation) {
		signIn(user);

		assertThat(navigation()).containsExactlyElementsOf(List.of(navigation.split(", ")));
		assertThat(waitFor(By.id("signed-in-user")).getText()).contains(user.name);
	}

	@Test
	void a_wrong_password_keeps_the_person_at_keycloak_with_a_plain_message() {
		openHaven();
		enterPassword(TestUsers.WRONG_PASSWORD, "not-the-password");

		waitFor(By.id("kc-form-login"));
		assertThat(this.browser.getPageSource()).contains("Invalid username or password");
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak().baseUrl());
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	@Test
	void repeated_wrong_passwords_lock_the_person_out_even_with_the_right_password_and_code() {
		KeycloakAdmin admin = keycloak().admin();
		openHaven();
		for (int attempt = 1; attempt <= 5; attempt++) {
			enterPassword(TestUsers.LOCKED_OUT, "wrong-password-" + attempt);
			waitFor(By.id("kc-form-login"));
		}

		enterPassword(TestUsers.LOCKED_OUT, TestUsers.PASSWORD);

		waitFor(By.id("kc-form-login"));
		assertThat(this.browser.findElements(By.id("otp"))).isEmpty();
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
		assertThat(admin.bruteForceStatusOf(TestUsers.LOCKED_OUT.username).get("disabled")).isEqualTo(true);
	}

	@Test
	void signing_out_of_haven_ends_the_keycloak_session_too() {
		signIn(TestUsers.SIGNS_OUT);

		waitFor(By.id("sign-out")).click();

		waitFor(By.id("kc-form-login"));
		assertThat(keycloak().admin().sessionsOf(TestUsers.SIGNS_OUT.username)).isEmpty();
		openHaven();
		assertThat(waitFor(By.id("kc-form-login")).isDisplayed()).isTrue();
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	@Test
	void when_an_administrator_ends_the_session_in_keycloak_the_haven_session_ends_within_seconds() {
		signIn(TestUsers.SESSION_ENDED);
		String havenSession = this.browser.manage().getCookieNamed("JSESSIONID").getValue();

		keycloak().admin().endSessionsOf(TestUsers.SESSION_ENDED.username);

		// told over the back channel: the session ends while the browser sends nothing
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200))
			.until(browser -> this.endedSessions.hasEnded(havenSession));
		assertThatTheNextInteractionLandsAtKeycloak();
	}

	@Test
	void when_an_administrator_disables_the_person_in_keycloak_the_haven_session_ends_within_seconds() {
		signIn(TestUsers.DISABLED_IN_KEYCLOAK);

		keycloak().admin().disable(TestUsers.DISABLED_IN_KEYCLOAK.username);

		assertThatTheNextInteractionLandsAtKeycloak();
	}

	@Test
	void a_person_without_a_haven_role_is_refused_with_a_clear_page() {
		signInAtKeycloak(TestUsers.WITHOUT_ROLE);

		assertThat(waitFor(By.id("signin-refused-reason")).getText()).contains("no role in Haven");
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak().havenUrl() + "/signin-refused")
			.doesNotContain(TestUsers.WITHOUT_ROLE.username);
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain("Exception");
	}

	@Test
	void a_sign_in_without_a_second_factor_is_refused_when_haven_requires_one() {
		KeycloakAdmin admin = keycloak().admin();
		String passwordOnly = admin.createPasswordOnlyFlow("password only for a test");
		admin.bindBrowserFlow("haven", passwordOnly);
		try {
			openHaven();
			enterPassword(TestUsers.WITHOUT_SECOND_FACTOR, TestUsers.PASSWORD);

			assertThat(waitFor(By.id("signin-refused-reason")).getText()).contains("second factor");
			assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
		}
		finally {
			admin.bindBrowserFlow("haven", null);
		}
	}

	@Test
	void a_person_without_an_authenticator_app_must_set_one_up_before_reaching_haven() {
		openHaven();
		enterPassword(TestUsers.NOT_ENROLLED, TestUsers.PASSWORD);

		waitFor(By.id("totp"));
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak().baseUrl()).contains("CONFIGURE_TOTP");
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	private void assertThatTheNextInteractionLandsAtKeycloak() {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(browser -> {
			List<WebElement> items = browser.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item"));
			if (!items.isEmpty()) {
				items.getFirst().click();
			}
			return !browser.findElements(By.id("kc-form-login")).isEmpty();
		});
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak().baseUrl());
	}

	private void signIn(TestUsers user) {
		signInAtKeycloak(user);
		waitFor(By.id("main-navigation"));
	}

	private void signInAtKeycloak(TestUsers user) {
		openHaven();
		enterPassword(user, TestUsers.PASSWORD);
		waitFor(By.id("otp")).sendKeys(user.currentCode());
		this.browser.findElement(By.id("kc-login")).click();
	}

	private void openHaven() {
		this.browser.get(keycloak().havenUrl() + "/");
	}

	private void enterPassword(TestUsers user, String password) {
		WebElement username = waitFor(By.id("username"));
		username.clear();
		username.sendKeys(user.username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("kc-login")).click();
	}

	private List<String> navigation() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions
				.visibilityOfAllElementsLocatedBy(By.cssSelector("#main-navigation vaadin-side-nav-item")))
			.stream()
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

}
