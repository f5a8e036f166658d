package org.haven.browser;

import java.time.Duration;
import java.util.List;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with each demo account in a real browser, the way staff do. */
@HavenIntegrationTest
class SignInBrowserTest {

	@LocalServerPort
	int port;

	static ChromeDriver english;

	ChromeDriver browser;

	@BeforeAll
	static void startBrowser() {
		english = Chromium.start("en");
	}

	@AfterAll
	static void closeBrowser() {
		if (english != null) {
			english.quit();
		}
	}

	@BeforeEach
	void startSignedOut() {
		this.browser = english;
		this.browser.manage().deleteAllCookies();
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					carol | Home, My cases, Intake, Referrals received, Partners, Change password
					chen  | Home, My cases, Intake, Referrals received, Partners, Change password
					sam   | Home, All cases, Break-glass openings, Erasure requests, Possible duplicates, Teams, Consent overrides, Reports, Change password
					aisha | Home, Audit trail, Integrity, Highlights, Change password
					adam  | Home, Accounts, Offices and teams, Partners, Reference lists, Assessment instruments, Keys, Change password
					""")
	void each_demo_account_signs_in_and_sees_only_its_roles_navigation(String username, String navigation) {
		signIn(username, DemoAccounts.PASSWORD);

		List<String> items = waitFor(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
			.map(WebElement::getText)
			// the label, without the number of items waiting that a supervisor's entries
			// show
			.map(text -> text.lines().findFirst().orElse("").strip())
			.toList();
		assertThat(items).containsExactlyElementsOf(List.of(navigation.split(", ")));

		this.browser.findElement(By.id("sign-out")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void a_wrong_password_keeps_the_user_out_with_a_plain_message() {
		signIn(DemoAccounts.CASEWORKER, "not-the-password");

		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("error"));
		String error = waitFor(By.cssSelector("vaadin-login-form [part~='error-message'], vaadin-login-form"))
			.getFirst()
			.getText();
		assertThat(error).contains("The username or password is not correct");
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	@Test
	void a_browser_set_to_chinese_gets_haven_in_chinese_before_and_after_sign_in() {
		this.browser = Chromium.start("zh-CN");
		try {
			this.browser.get("http://localhost:" + this.port + "/login");
			String form = waitFor(By.tagName("vaadin-login-form")).getFirst().getText();
			assertThat(form).contains("登录 Haven");

			signIn(DemoAccounts.SECOND_CASEWORKER, DemoAccounts.PASSWORD);
			assertThat(waitFor(By.cssSelector("#home-view h1")).getFirst().getText()).startsWith("欢迎");
		}
		finally {
			this.browser.quit();
		}
	}

	private void signIn(String username, String password) {
		this.browser.get("http://localhost:" + this.port + "/login");
		waitFor(By.cssSelector("vaadin-login-form input[name='username']")).getFirst().sendKeys(username);
		this.browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
		this.browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
	}

	private List<WebElement> waitFor(By locator) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
	}

}
