package org.haven.keycloak;

import java.time.Duration;
import java.util.List;

import org.haven.TestAccounts;
import org.haven.TestSecurity;
import org.haven.access.LinkRequest;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
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

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AuditWorkspace audit;

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
	@CsvSource(delimiter = '|',
			textBlock = """
					CASEWORKER | Home, My cases, Intake, Referrals received, Partners
					SUPERVISOR | Home, All cases, Break-glass openings, Erasure requests, Possible duplicates, Teams, Consent overrides, Reports
					AUDITOR    | Home, Audit trail, Integrity, Highlights
					ADMIN      | Home, Accounts, Offices and teams, Partners, Reference lists, Assessment instruments, Keys
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
	void a_person_whose_realm_roles_must_not_meet_is_refused_with_a_clear_page_and_it_is_recorded() {
		signInAtKeycloak(TestUsers.CONFLICTING_ROLES);

		assertThat(waitFor(By.id("signin-refused-reason")).getText()).contains("must not be held together");
		assertThat(this.browser.getCurrentUrl())
			.isEqualTo(keycloak().havenUrl() + "/signin-refused?reason=conflicting-roles");
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
		assertThat(signInRefusals()).contains("conflicting-roles");
	}

	@Test
	void a_first_sign_in_with_the_username_of_a_local_account_waits_until_an_administrator_links_it() {
		UserSummary local = this.testAccounts.create(TestUsers.LOCAL_ACCOUNT.username, Role.SUPERVISOR);
		signInAtKeycloak(TestUsers.LOCAL_ACCOUNT);

		assertThat(waitFor(By.id("signin-refused-reason")).getText()).contains("link your account");
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
		assertThat(this.testAccounts.find(local.username()).signsInThroughIdentityProvider()).isFalse();
		assertThat(signInRefusals()).contains("link-required");

		LinkRequest request = this.testAccounts.asAdministrator(() -> this.accounts.linkRequests())
			.stream()
			.filter(asked -> asked.accountId().equals(local.id()))
			.findFirst()
			.orElseThrow();
		assertThat(request.nameAtIdentityProvider()).isEqualTo(TestUsers.LOCAL_ACCOUNT.name);
		this.testAccounts.asAdministrator(() -> this.accounts.linkToIdentityProvider(request.accountId(),
				request.accountVersion(), request.identityProviderId()));
		waitFor(By.id("sign-in-again")).click();

		assertThat(navigation()).containsExactly("Home", "My cases", "Intake", "Referrals received", "Partners");
		assertThat(this.testAccounts.find(local.username()).roles()).containsExactly(Role.CASEWORKER);
	}

	@Test
	void a_person_without_an_authenticator_app_must_set_one_up_before_reaching_haven() {
		openHaven();
		enterPassword(TestUsers.NOT_ENROLLED, TestUsers.PASSWORD);

		waitFor(By.id("totp"));
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak().baseUrl()).contains("CONFIGURE_TOTP");
		assertThat(this.browser.findElements(By.id("main-navigation"))).isEmpty();
	}

	/** The reasons of the sign-in refusals the audit trail holds. */
	private List<String> signInRefusals() {
		return TestSecurity
			.as("kc-auditor", Role.AUDITOR,
					() -> this.audit
						.search(new AuditQuery(null, null, null, Action.SIGN_IN_FAILED, null, Outcome.DENIED), 0, 200))
			.stream()
			.map(AuditEvent::reason)
			.toList();
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
