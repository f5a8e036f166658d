package org.haven.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.Answer;
import org.haven.casefile.Closure;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeService;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.ui.RouteAccessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every view, for every role that may open it, in English and in Arabic,
 * right to left: no violation of WCAG 2.2 A or AA of impact "serious" or "critical".
 */
@HavenIntegrationTest
class AccessibilityBrowserTest {

	/** The views whoever is signed out reaches. */
	static final List<String> SIGNED_OUT = List.of("login", "signin-refused");

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeService intake;

	private final Map<String, String> languagesBefore = new HashMap<>();

	@BeforeEach
	void noteTheDemoAccountsLanguages() {
		RouteAccessTests.ACCOUNT_OF.values()
			.forEach(username -> this.languagesBefore.put(username, this.jdbc
				.queryForObject("select preferred_language from app_user where username = ?", String.class, username)));
	}

	@AfterEach
	void giveTheDemoAccountsTheirLanguagesBack() {
		this.languagesBefore.forEach((username, language) -> this.jdbc
			.update("update app_user set preferred_language = ? where username = ?", language, username));
	}

	static Stream<Arguments> everyRoleInEnglishAndArabic() {
		return Stream.of(Role.values()).flatMap(role -> Stream.of(Arguments.of(role, "en"), Arguments.of(role, "ar")));
	}

	@ParameterizedTest(name = "every view {0} opens, in \"{1}\"")
	@MethodSource("everyRoleInEnglishAndArabic")
	void axe_core_finds_nothing_serious_on_any_view_a_role_opens(Role role, String language) {
		String username = RouteAccessTests.ACCOUNT_OF.get(role);
		this.jdbc.update("update app_user set preferred_language = ? where username = ?", language, username);
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (BrowserUser user = BrowserUser.start(this.port, language)) {
			user.signIn(username);
			assertThat(user.browser.findElement(By.tagName("html")).getDomAttribute("dir"))
				.isEqualTo(language.equals("ar") ? "rtl" : "ltr");
			for (String route : routesOf(role)) {
				String address = "/" + addressOf(route);
				user.go(address);
				assertThat(user.browser.findElements(By.id("not-found-view"))).as(address + " opens").isEmpty();
				user.awaitTitle();
				List<String> violations = AxeCore.seriousViolations(user.browser);
				if (!violations.isEmpty()) {
					found.put(address, violations);
				}
			}
		}
		assertThat(found).as("serious or critical violations" + AxeCore.describe(found)).isEmpty();
	}

	@ParameterizedTest(name = "signed out, in \"{0}\"")
	@MethodSource("englishAndArabic")
	void axe_core_finds_nothing_serious_on_the_views_whoever_is_signed_out_reaches(String language) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (BrowserUser user = BrowserUser.start(this.port, language)) {
			for (String route : SIGNED_OUT) {
				user.go("/" + route);
				user.awaitTitle();
				List<String> violations = AxeCore.seriousViolations(user.browser);
				if (!violations.isEmpty()) {
					found.put(route, violations);
				}
			}
		}
		assertThat(found).as("serious or critical violations" + AxeCore.describe(found)).isEmpty();
	}

	static Stream<String> englishAndArabic() {
		return Stream.of("en", "ar");
	}

	@Test
	void a_caseworker_answers_declined_unknown_or_not_asked_with_the_keyboard_alone() {
		DraftId draft = this.fixtures.draftOf(DemoAccounts.CASEWORKER, Identity.empty());
		try (BrowserUser user = BrowserUser.start(this.port, "en")) {
			user.signIn(DemoAccounts.CASEWORKER);
			user.go("/intake/" + draft.value());
			user.visible(By.id("step-situation")).sendKeys(Keys.ENTER);
			user.settle();
			user.visible(By.id("acts-state"));
			WebElement notAsked = user.waitUntil(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#acts-state vaadin-radio-button[checked] input")));
			user.browser.executeScript("arguments[0].focus()", notAsked);

			user.browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			assertThat(checkedIn(user, "acts-state")).isEqualTo("Declined to answer");
			user.browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			assertThat(checkedIn(user, "acts-state")).isEqualTo("Unknown");
			user.browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
			assertThat(checkedIn(user, "acts-state")).isEqualTo("Not asked yet");
			user.browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
			user.settle();

			user.waitUntil(driver -> TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER",
					() -> this.intake.open(draft).answers().situation().acts().state() == Answer.State.UNKNOWN));
		}
	}

	private static String checkedIn(BrowserUser user, String group) {
		return user
			.waitUntil(driver -> driver.findElement(By.cssSelector("#" + group + " vaadin-radio-button[checked]"))
				.getText()
				.strip());
	}

	@Test
	void every_view_of_the_route_table_is_checked() {
		Set<String> checked = Stream.of(Role.values())
			.flatMap(role -> routesOf(role).stream())
			.collect(Collectors.toSet());
		checked.addAll(SIGNED_OUT);

		assertThat(checked).isEqualTo(RouteAccessTests.WHO_MAY_OPEN.keySet());
	}

	/** What a role may open, but for the views of whoever is signed out. */
	private static List<String> routesOf(Role role) {
		return RouteAccessTests.WHO_MAY_OPEN.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(role) && !SIGNED_OUT.contains(entry.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.collect(Collectors.toCollection(ArrayList::new));
	}

	/** The address of a route, with a record of the caseworker's where it takes one. */
	private String addressOf(String route) {
		if (route.equals("cases/:code")) {
			return "cases/" + caseAwaitingClosure().value();
		}
		if (route.equals(RouteAccessTests.INTAKE)) {
			return "intake/" + this.fixtures.draftOf(DemoAccounts.CASEWORKER, Identity.empty()).value();
		}
		if (route.equals(RouteAccessTests.PERSON_PAGE)) {
			return "persons/" + this.fixtures
				.personTakenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Axe", "Person"), Profile.notAskedYet())
				.value();
		}
		return route;
	}

	/**
	 * A case whose closure the caseworker asked for: the supervisors' list then shows its
	 * decisions too.
	 */
	private CaseCode caseAwaitingClosure() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Axe", "Case"));
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER",
				() -> this.cases.requestClosure(code, this.cases.open(code).version(), Closure.Outcome.GOALS_ACHIEVED));
		return code;
	}

}
