package org.haven.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quick hide in a real browser: the shortcut or the button replaces Haven with a neutral
 * page, and the address Haven was at asks for a new sign-in. Escape, however often
 * pressed, never hides; a note being typed is kept and offered again.
 */
@HavenIntegrationTest
class QuickHideBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures fixtures;

	static ChromeDriver browser;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start("en");
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void startSignedOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void escape_twice_to_close_a_list_and_whatever_follows_never_hides_haven() throws InterruptedException {
		signInAsCaseworkerAndOpenTheirCases();

		browser.findElement(By.cssSelector("#status-filter input")).click();
		waitFor(By.cssSelector("vaadin-multi-select-combo-box-item"));
		new Actions(browser).sendKeys(Keys.ESCAPE).pause(Duration.ofMillis(150)).sendKeys(Keys.ESCAPE).perform();
		new Actions(browser).sendKeys(Keys.ESCAPE).pause(Duration.ofMillis(100)).sendKeys(Keys.ESCAPE).perform();
		Thread.sleep(800);

		assertThat(browser.getCurrentUrl()).endsWith("/cases");
		assertThat(browser.findElements(By.id("main-navigation"))).isNotEmpty();
	}

	@Test
	void ctrl_shift_h_hides_haven_and_back_shows_nothing_of_it() {
		signInAsCaseworkerAndOpenTheirCases();

		pressCtrlShiftH();

		expectTheNeutralPage();
		browser.navigate().back();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElements(By.id("main-navigation"))).isEmpty();
		assertThat(browser.findElements(By.id("my-cases"))).isEmpty();
	}

	@Test
	void the_button_hides_haven() {
		String havenAddress = signInAsCaseworkerAndOpenTheirCases();

		browser.findElement(By.id("quick-hide")).click();

		expectTheNeutralPage();
		browser.get(havenAddress);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void the_page_is_blank_before_the_server_has_answered() {
		signInAsCaseworkerAndOpenTheirCases();

		Object page = browser
			.executeScript("window.havenQuickHide(); return document.documentElement.outerHTML + document.title;");

		assertThat(String.valueOf(page)).contains("<title>Weather</title>")
			.doesNotContainIgnoringCase("haven")
			.doesNotContain("main-navigation")
			.doesNotContain("my-cases");
		expectTheNeutralPage();
	}

	@Test
	void a_note_being_typed_survives_quick_hide_and_is_offered_again_on_the_next_visit() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Draft", "Keeper"));
		String typed = "She wants to call her sister on Friday " + UUID.randomUUID().toString().substring(0, 6);
		signInAsCaseworkerAndOpenTheirCases();
		browser.get("http://localhost:" + this.port + "/cases/" + code.value());
		WebElement note = waitFor(By.cssSelector("#note-text textarea")).getFirst();

		note.sendKeys(typed);
		pressCtrlShiftH();

		expectTheNeutralPage();
		assertThat(browser.executeScript("return window.localStorage.length + window.sessionStorage.length"))
			.as("nothing kept in the browser")
			.isEqualTo(0L);
		assertThat(browser.manage().getCookies()).noneMatch(cookie -> cookie.getValue().contains("sister"));
		signInAsCaseworkerAndOpenTheirCases();
		browser.get("http://localhost:" + this.port + "/cases/" + code.value());
		waitFor(By.id("note-draft-notice"));
		assertThat(browser.findElement(By.cssSelector("#note-text textarea")).getDomProperty("value")).isEqualTo(typed);
	}

	private String signInAsCaseworkerAndOpenTheirCases() {
		browser.get("http://localhost:" + this.port + "/login");
		waitFor(By.cssSelector("vaadin-login-form input[name='username']")).getFirst()
			.sendKeys(DemoAccounts.CASEWORKER);
		browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
		browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		waitFor(By.id("quick-hide"));
		browser.get("http://localhost:" + this.port + "/cases");
		waitFor(By.id("my-cases"));
		waitFor(By.id("quick-hide"));
		return browser.getCurrentUrl();
	}

	private static void pressCtrlShiftH() {
		new Actions(browser).keyDown(Keys.CONTROL)
			.keyDown(Keys.SHIFT)
			.sendKeys("h")
			.keyUp(Keys.SHIFT)
			.keyUp(Keys.CONTROL)
			.perform();
	}

	private void expectTheNeutralPage() {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/weather.html"));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
		assertThat(browser.getTitle()).isEqualTo("Weather");
		assertThat(browser.getPageSource()).doesNotContainIgnoringCase("haven");
		assertThat(browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	private List<WebElement> waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
	}

}
