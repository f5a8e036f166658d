package org.haven.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.haven.DemoAccounts;
import org.haven.HavenIntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's reports in chromium: the year's persons assisted with a chart drawn
 * beside each table, another period chosen, and the CSV export, with nobody's name
 * anywhere in what the browser received.
 */
@HavenIntegrationTest
class ReportsBrowserTest {

	private static final String FETCH_TEXT = """
			const done = arguments[arguments.length - 1];
			fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.text()).then(done, e => done('failed: ' + e));
			""";

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ConsentLedger consent;

	@Test
	void a_supervisor_reads_the_report_sees_its_chart_chooses_another_period_and_exports_it() {
		String family = "Chartless" + TestIdentities.letters();
		for (int i = 0; i < 6; i++) {
			CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Reported", family),
					new Profile(Gender.FEMININE, null, AgeBand.AGE_21_23, "NG", List.of(), null, null, Set.of()));
			TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.consent.record(code, 0,
					TestConsents.givenBySelf(ConsentPurpose.ANONYMISED_STATISTICS, "", LocalDate.now())));
		}
		try (BrowserUser supervisor = BrowserUser.start(this.port, "en")) {
			supervisor.signIn(DemoAccounts.SUPERVISOR);
			supervisor.go("/reports");

			supervisor.visible(By.cssSelector("#report-table-0-chart svg"));
			assertThat(supervisor.browser.findElements(By.cssSelector("#report-table-0-chart svg path")))
				.as("bars drawn")
				.isNotEmpty();
			supervisor.screenshot("reports-persons-assisted");

			WebElement from = supervisor.visible(By.cssSelector("#report-from input"));
			from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1/1/" + (LocalDate.now().getYear() - 1), Keys.ENTER);
			supervisor.browser.findElement(By.id("report-show")).click();
			supervisor.settle();
			supervisor.visible(By.cssSelector("#report-table-1-chart svg"));

			supervisor.browser.findElement(By.id("report-export")).click();
			String href = supervisor.visible(By.cssSelector("#report-export-download")).getAttribute("href");
			Object csv = supervisor.browser.executeAsyncScript(FETCH_TEXT, href);
			assertThat(String.valueOf(csv)).contains("Persons assisted").contains("Figures below 11 persons hidden");
			assertThat(supervisor.browser.getPageSource()).doesNotContain(family).doesNotContain("Reported");
		}
	}

}
