package org.haven.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.Closure;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' list in a real browser on a common laptop screen, 1400 pixels wide:
 * the decisions on a closure request are there to be seen and clicked, not cut off beyond
 * the edge of the list.
 */
@HavenIntegrationTest
class SupervisionBrowserTest {

	/**
	 * Whether the element is fully on screen: inside the window and the list, and at its
	 * left and right ends (just inside its rounded corners) and its centre it is the
	 * element itself that a click reaches, not the list's edge or anything covering it.
	 */
	private static final String FULLY_VISIBLE = """
			const element = arguments[0];
			const list = arguments[1].getBoundingClientRect();
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.left < list.left || box.right > list.right || box.right > window.innerWidth) {
				return false;
			}
			const middle = (box.top + box.bottom) / 2;
			return [box.left + 6, (box.left + box.right) / 2, box.right - 6].every(x => {
				const found = document.elementFromPoint(x, middle);
				return found === element || element.contains(found);
			});
			""";

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	ChromeDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.start("en");
		this.browser.manage().window().setSize(new Dimension(1400, 900));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void at_1400_pixels_the_approve_and_return_buttons_are_fully_visible() {
		// a list longer than a page, as in a working office
		for (int i = 0; i < 30; i++) {
			this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Filler" + i, "Row"));
		}
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Wide", "Screen"));
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER",
				() -> this.cases.requestClosure(code, this.cases.open(code).version(), Closure.Outcome.GOALS_ACHIEVED));

		signInAsSupervisor();
		this.browser.get("http://localhost:" + this.port + "/supervision/cases");
		WebElement codeField = visible(By.cssSelector("#supervision-code input"));
		codeField.sendKeys(code.value(), Keys.TAB);
		visible(By.id("supervision-search")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.cssSelector("vaadin-button[id^='assign-']"))
				.stream()
				.filter(WebElement::isDisplayed)
				.count() == 1);
		visible(By.id("approve-" + code.value()));

		assertThat(((Number) this.browser.executeScript("return window.innerWidth")).intValue()).isGreaterThan(1300);
		for (String button : List.of("assign-", "approve-", "return-")) {
			By id = By.id(button + code.value());
			assertThat(eventually(() -> Boolean.TRUE.equals(this.browser.executeScript(FULLY_VISIBLE,
					this.browser.findElement(id), this.browser.findElement(By.id("supervision-cases"))))))
				.as(button + code.value() + " fully visible once the list has settled")
				.isTrue();
		}
	}

	private void signInAsSupervisor() {
		this.browser.get("http://localhost:" + this.port + "/login");
		visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(DemoAccounts.SUPERVISOR);
		this.browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
			.sendKeys(DemoAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		visible(By.id("main-navigation"));
	}

	private boolean eventually(BooleanSupplier condition) {
		try {
			return new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.ignoring(StaleElementReferenceException.class)
				.ignoring(NoSuchElementException.class)
				.until(driver -> condition.getAsBoolean());
		}
		catch (TimeoutException never) {
			return false;
		}
	}

	private WebElement visible(By target) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.visibilityOfElementLocated(target));
	}

}
