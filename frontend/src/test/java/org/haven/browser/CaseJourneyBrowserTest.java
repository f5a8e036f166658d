package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.haven.assessment.AssessmentsTests;
import org.haven.assistance.CarePlans;
import org.haven.assistance.NewService;
import org.haven.assistance.ProvidedBy;
import org.haven.partner.Partner;
import org.haven.referral.ReferralFixtures;
import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.Answer;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Needs;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case from start to end in a real browser: a caseworker takes a person in, reveals
 * the identity, records the person's consent and a baseline assessment, a goal, a service
 * delivered, moves the case to reintegration, records the endline and asks to close it,
 * after referring the person to a shelter (previewed, sent, its answer recorded); a
 * supervisor approves, the closure unflagged; after-care then waits on the caseworker's
 * home page; an auditor finds the reveal. And a supervisor told at once, by server push,
 * of a break-glass opening.
 */
@HavenIntegrationTest
class CaseJourneyBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CaseService cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CarePlans plans;

	@Autowired
	ReferralFixtures referralFixtures;

	ChromeDriver browser;

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

	@Test
	void a_caseworker_takes_a_person_in_plans_assistance_with_consent_and_asks_to_close_a_supervisor_approves_after_care_follows_and_an_auditor_finds_the_reveal() {
		String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);

		signIn(DemoAccounts.CASEWORKER);
		go("/intake");
		click(By.id("start-intake"));
		waitUntil(ExpectedConditions.urlMatches(".*/intake/[0-9a-f-]{36}$"));
		clickText(By.cssSelector("#consent vaadin-radio-button"), "The person agrees");
		click(By.id("intake-next"));
		type(By.cssSelector("#given-names input"), "Amina");
		type(By.cssSelector("#family-names input"), family);
		click(By.id("step-review"));
		click(By.id("create-case"));
		waitUntil(ExpectedConditions.urlMatches(".*/cases/C-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
		CaseCode code = CaseCode.parse(this.browser.getCurrentUrl().replaceAll(".*/cases/", "")).orElseThrow();

		assertThat(visible(By.id("identity-masked")).getText()).contains("hidden");
		assertThat(this.browser.findElement(By.id("case-view")).getText()).doesNotContain(family);
		click(By.id("reveal-identity"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"), family));

		// the person's need, as the intake's needs step records it
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.cases.changeNeeds(code,
				this.cases.open(code).version(), new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.LOW)));
		go("/cases/" + code.value());
		recordConsent("Case management and services", "services-1");
		recordConsent("Follow-up contact and after-care checks", "follow-up-1");
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-standing"),
				"Follow-up contact and after-care checks"));
		screenshot("guide-consent");
		recordAssessment("Baseline");
		waitUntil(shows(By.id("assessment-latest"), "Last assessment: Baseline"));

		click(By.id("add-goal"));
		type(By.cssSelector("#goal-description textarea"), "A safe place to stay, chosen with her");
		this.browser.executeScript("arguments[0].click()",
				visible(By.cssSelector("#goal-agreed")).findElement(By.tagName("input")));
		click(By.id("save-goal"));
		click(By.cssSelector("vaadin-button[id^='add-service-']"));
		choose(By.id("service-type"), "Safe accommodation");
		click(By.id("save-service"));
		click(By.cssSelector("vaadin-button[id^='update-service-']"));
		choose(By.id("service-status"), "Delivered");
		type(By.cssSelector("#service-outcome textarea"), "Moved in; has her own room");
		click(By.id("save-service-update"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("care-plan-needs"),
				"Moved in; has her own room"));
		screenshot("guide-care-plan");

		// a shelter of the directory, a service it is to provide, and the person's
		// consent
		// to share with it, as the care plan and consent dialogs record them
		Partner shelter = this.referralFixtures.shelterWithAgreement("Journey Shelter " + family);
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.plans.addService(code,
				this.plans.plan(code).getFirst().goals().getFirst().id(),
				new NewService("SAFE_ACCOMMODATION", ProvidedBy.PARTNER, shelter.name(), LocalDate.now(), null)));
		this.referralFixtures.consentToShareWith(code, shelter);
		go("/cases/" + code.value());
		click(By.id("new-referral"));
		click(By.id("referral-service"));
		waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-select-item"))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(item -> item.getText().startsWith("Safe accommodation"))
			.findFirst()
			.orElse(null)).click();
		choose(By.id("referral-partner"), shelter.name());
		choose(By.id("referral-reason"), "Additional services required");
		choose(By.id("referral-urgency"), "Priority (answer within 3 days)");
		this.browser.executeScript("arguments[0].click()",
				visible(By.cssSelector("#referral-case-code")).findElement(By.tagName("input")));
		click(By.id("preview-referral"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-preview"),
				"Case code: " + code.value()));
		screenshot("guide-referral-preview");
		click(By.id("send-referral"));
		waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("referral-dialog")));
		click(By.cssSelector("vaadin-button[id^='answer-referral-']"));
		choose(By.id("referral-answer-status"), "Accepted");
		click(By.id("save-referral-answer"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals"), "Accepted"));

		for (String stage : List.of("assessment", "active-assistance", "reintegration-follow-up")) {
			click(By.id("advance-" + stage));
			waitUntil(driver -> driver.findElements(By.id("advance-" + stage)).isEmpty());
		}

		go("/cases/" + code.value());
		recordAssessment("Endline");
		waitUntil(shows(By.id("assessment-latest"), "Last assessment: Endline"));
		screenshot("guide-assessment");

		click(By.id("request-closure"));
		click(By.id("closure-outcome"));
		clickText(By.cssSelector("vaadin-select-item"), "Goals achieved");
		click(By.id("send-closure-request"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("closure-notice"),
				"waiting for a supervisor"));
		signOut();

		signIn(DemoAccounts.SUPERVISOR);
		go("/supervision/cases");
		type(By.cssSelector("#supervision-code input"), code.value());
		click(By.id("supervision-search"));
		waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-button[id^='assign-']"))
			.stream()
			.filter(WebElement::isDisplayed)
			.count() == 1);
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.closureConcerns(code))).isEmpty();
		click(By.id("approve-" + code.value()));
		click(By.cssSelector("#approve-closure vaadin-button[slot='confirm-button']"));
		waitUntil(driver -> TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(code))
			.status() == CaseStatus.CLOSED);
		assertThat(this.browser.findElement(By.id("supervisor-cases-view")).getText()).doesNotContain(family);
		signOut();

		// closed with reintegration and consent to follow-up contact: after-care is on
		// the caseworker's home
		signIn(DemoAccounts.CASEWORKER);
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("home-after-care"), code.value()));
		screenshot("guide-home");
		signOut();

		signIn(DemoAccounts.AUDITOR);
		go("/audit");
		type(By.cssSelector("#audit-subject input"), code.value());
		// an auditor looks for the reveal among the case's many events by its action
		click(By.id("audit-action"));
		clickText(By.cssSelector("vaadin-select-item"), "Identity revealed");
		click(By.id("audit-search"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-events"), "Identity revealed"));
		List<String> cells = this.browser.findElements(By.cssSelector("#audit-events vaadin-grid-cell-content"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(cells).contains("Identity revealed", "carol");
		assertThat(String.join(" ", cells)).doesNotContain(family);
	}

	@Test
	void a_signed_in_supervisor_is_told_at_once_when_a_caseworker_opens_a_case_by_break_glass() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.named("Pushed", "Journey" + UUID.randomUUID().toString().substring(0, 6)));
		signIn(DemoAccounts.SUPERVISOR);
		go("/supervision/cases");
		visible(By.id("supervisor-cases-view"));
		int before = TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.countBreakGlassToLookAt());

		TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER",
				() -> this.cases.breakGlass(code, BreakGlassReason.IMMEDIATE_SAFETY_RISK, ""));

		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("badge-supervision-break-glass"),
				Integer.toString(before + 1)));
		waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-notification-card"))
			.stream()
			.anyMatch(card -> card.getText().contains("opened a case by break-glass")));
	}

	@Test
	void a_case_page_opened_by_its_address_is_opened_once_and_recorded_once() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Once", "Only"));
		signIn(DemoAccounts.CASEWORKER);
		long before = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);

		go("/cases/" + code.value());
		visible(By.id("case-view"));
		click(By.id("reveal-identity"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"), "Only"));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'CASE_OPENED' and subject_id = ?",
				Long.class, before, code.value()))
			.isEqualTo(1);
	}

	private void signIn(String username) {
		go("/login");
		visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
		this.browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
			.sendKeys(DemoAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		visible(By.id("main-navigation"));
	}

	/**
	 * Records the person's own consent for a purpose, told every point, on the case page.
	 */
	private void recordConsent(String purpose, String notice) {
		click(By.id("record-consent"));
		choose(By.id("consent-purpose"), purpose);
		choose(By.id("consent-given-by"), "The person themself");
		choose(By.id("consent-method"), "Verbally");
		type(By.cssSelector("#consent-notice-version input"), notice);
		for (WebElement point : waitUntil(driver -> {
			List<WebElement> points = driver.findElements(By.cssSelector("#consent-informed-of vaadin-checkbox input"));
			return points.size() == 6 ? points : null;
		})) {
			// the native box under Vaadin's own, as a click on it or a press of space
			// would tick it
			this.browser.executeScript("arguments[0].click()", point);
		}
		click(By.id("save-consent"));
		waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("consent-dialog")));
	}

	/**
	 * Records an assessment of the reintegration outcomes on the case page: every domain
	 * scored 3 with its reason.
	 */
	private void recordAssessment(String kind) {
		click(By.id("record-assessment"));
		visible(By.id("assessment-dialog"));
		chooseOption(By.cssSelector("vaadin-select#assessment-kind"), kind::equals);
		chooseOption(By.cssSelector("vaadin-select#assessment-overall-risk"), "Medium"::equals);
		for (String domain : AssessmentsTests.DOMAINS) {
			String id = domain.replace('_', '-').toLowerCase(Locale.ROOT);
			chooseOption(By.cssSelector("vaadin-select#answer-" + id), text -> text.startsWith("Score 3:"));
			type(By.cssSelector("#reason-" + id + " textarea"), "Talked it through with her");
		}
		click(By.id("save-assessment"));
		waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("assessment-dialog")));
	}

	/**
	 * Whether the element shows the text to a user who scrolls to it. Selenium reads no
	 * text from an element scrolled out of view inside a scroll container of a shadow
	 * root (the app layout's content): it looks for the container among the light DOM's
	 * ancestors only, and takes the element for one outside the page.
	 */
	private ExpectedCondition<Boolean> shows(By target, String text) {
		return driver -> {
			WebElement element = driver.findElement(target);
			this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			return element.getText().contains(text);
		};
	}

	/**
	 * Chooses in a select the option whose text matches, among the options it lists: not
	 * the copy of another select's value that shows in that select.
	 */
	private void chooseOption(By select, Predicate<String> text) {
		click(select);
		WebElement option = waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-select-item"))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(item -> !String.valueOf(item.getDomAttribute("id")).startsWith("value-"))
			.filter(item -> text.test(item.getText().strip()))
			.findFirst()
			.orElse(null));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
		option.click();
	}

	private void choose(By select, String item) {
		click(select);
		clickText(By.cssSelector("vaadin-select-item"), item);
	}

	/** For the caseworkers' guide: what the browser shows, in target/screenshots. */
	private void screenshot(String name) {
		try {
			Files.createDirectories(BrowserUser.SCREENSHOTS);
			Files.write(BrowserUser.SCREENSHOTS.resolve(name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

	private void signOut() {
		click(By.id("sign-out"));
		waitUntil(ExpectedConditions.urlContains("/login"));
	}

	private void go(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(By field, String text) {
		WebElement input = visible(field);
		input.clear();
		input.sendKeys(text, Keys.TAB);
	}

	/**
	 * Clicks like a user: the element scrolled into view first, retried while something
	 * covers it.
	 */
	private void click(By target) {
		waitUntil(driver -> {
			List<WebElement> found = driver.findElements(target);
			if (found.isEmpty()) {
				return null;
			}
			WebElement element = found.getFirst();
			this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
			if (!element.isDisplayed() || !element.isEnabled()) {
				return null;
			}
			try {
				element.click();
				return true;
			}
			catch (ElementClickInterceptedException | StaleElementReferenceException notYet) {
				return null;
			}
		});
	}

	private void clickText(By candidates, String text) {
		WebElement match = waitUntil(driver -> driver.findElements(candidates)
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(element -> element.getText().strip().equals(text))
			.findFirst()
			.orElse(null));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", match);
		match.click();
	}

	private WebElement visible(By target) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(target));
	}

	private <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

}
