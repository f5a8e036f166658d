package org.haven.browser;

import java.util.stream.Stream;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestAccounts;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the six languages chosen on the sign-in page of an English browser, in
 * chromium: the page, and after sign-in every screen, read in it, Arabic right to left
 * with the navigation on the right; the choice is remembered for the next sign-in.
 * Screenshots of each language go to {@code target/screenshots} for a person to look at.
 */
@HavenIntegrationTest
class LanguagesBrowserTest {

	/**
	 * Where the middle of an element lies: in the left or the right half of the window.
	 */
	private static final String ON_THE_RIGHT = """
			const box = arguments[0].getBoundingClientRect();
			return box.width > 0 && (box.left + box.right) / 2 > window.innerWidth / 2;
			""";

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private String languageBefore;

	@BeforeEach
	void noteTheLanguageTheCaseworkerHad() {
		this.languageBefore = this.accounts.languageOf(DemoAccounts.CASEWORKER).orElse(null);
	}

	@AfterEach
	void giveTheCaseworkerTheirLanguageBack() {
		this.jdbc.update("update app_user set preferred_language = ? where username = ?", this.languageBefore,
				DemoAccounts.CASEWORKER);
	}

	static Stream<Arguments> everyLanguageByItsOwnName() {
		return Stream.of(Arguments.of("en", "English", "Welcome"), Arguments.of("ar", "العربية", "\\p{IsArabic}"),
				Arguments.of("zh", "中文", "\\p{IsHan}"), Arguments.of("fr", "Français", "Bienvenue"),
				Arguments.of("ru", "Русский", "\\p{IsCyrillic}"), Arguments.of("es", "Español", "bienvenida"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("everyLanguageByItsOwnName")
	void a_language_chosen_on_the_sign_in_page_is_kept_on_every_screen_and_remembered(String tag, String name,
			String welcome) {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Languages", "Shown"));
		boolean rightToLeft = tag.equals("ar");
		// a browser set to another language, so that the choice on the page is what
		// decides
		try (BrowserUser user = BrowserUser.start(this.port, tag.equals("en") ? "fr" : "en")) {
			user.openSignIn();
			choose(user, name);
			assertThat(document(user, "lang")).isEqualTo(tag);
			assertThat(document(user, "dir")).isEqualTo(rightToLeft ? "rtl" : "ltr");
			user.screenshot("sign-in-" + tag);

			user.signInHere(DemoAccounts.CASEWORKER);
			assertThat(document(user, "dir")).isEqualTo(rightToLeft ? "rtl" : "ltr");
			assertThat(user.visible(By.cssSelector("#home-view h1")).getText()).containsPattern(welcome);
			WebElement navigation = user.visible(By.id("main-navigation"));
			assertThat(user.browser.executeScript(ON_THE_RIGHT, navigation)).as("navigation on the right")
				.isEqualTo(rightToLeft);
			user.screenshot("home-" + tag);

			user.go("/cases/" + code.value());
			user.visible(By.id("case-view"));
			assertThat(document(user, "dir")).isEqualTo(rightToLeft ? "rtl" : "ltr");
			user.screenshot("case-" + tag);
		}
		assertThat(this.accounts.languageOf(DemoAccounts.CASEWORKER)).hasValue(tag);
	}

	/**
	 * Picks a language in the switch, as a person would, by its name in that language.
	 */
	private static void choose(BrowserUser user, String name) {
		String before = document(user, "lang");
		user.visible(By.id("language-switch")).click();
		WebElement item = user.waitUntil(driver -> driver.findElements(By.cssSelector("vaadin-select-item"))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(each -> each.getText().strip().equals(name))
			.findFirst()
			.orElse(null));
		item.click();
		user.waitUntil(driver -> !before.equals(document(user, "lang")));
		user.settle();
	}

	private static String document(BrowserUser user, String attribute) {
		return String.valueOf(
				user.browser.executeScript("return document.documentElement.getAttribute(arguments[0])", attribute));
	}

}
