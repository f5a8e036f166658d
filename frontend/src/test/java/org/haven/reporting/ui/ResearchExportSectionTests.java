package org.haven.reporting.ui;

import java.time.LocalDate;

import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.organisation.TeamFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The research export on the reports screen: started for a period, followed until it
 * ends, a period nobody consented in says so and offers no download; a period refused is
 * shown on its field and starts nothing.
 */
class ResearchExportSectionTests extends ViewTest {

	@Autowired
	TeamFixtures teams;

	@BeforeEach
	void signInAsSupervisorOfTheWholeOrganisation() {
		this.teams.grantOrganisationReportScope(DemoAccounts.SUPERVISOR);
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
	}

	@AfterEach
	void backToTheirTeams() {
		this.teams.withdrawReportScope(DemoAccounts.SUPERVISOR);
	}

	@Test
	void a_supervisor_whose_reports_reach_only_their_teams_is_offered_no_research_export() {
		this.teams.withdrawReportScope(DemoAccounts.SUPERVISOR);

		open("reports");

		assertThat(find(ResearchExportSection.class).all()).isEmpty();
	}

	@Test
	void an_export_of_a_period_without_consenting_persons_ends_saying_nobody_can_be_released()
			throws InterruptedException {
		open("reports");
		ResearchExportSection section = byId(ResearchExportSection.class, "research-export");
		test(section.from).setValue(LocalDate.of(2001, 1, 1));
		test(section.to).setValue(LocalDate.of(2001, 12, 31));

		test(section.start).click();
		assertThat(section.progress.isVisible()).isTrue();
		for (int poll = 0; poll < 200 && !section.start.isEnabled(); poll++) {
			Thread.sleep(50);
			section.refresh();
		}

		assertThat(section.start.isEnabled()).isTrue();
		assertThat(section.state.getText())
			.isEqualTo("Nobody can be released for this period: too few persons agreed, or too few are alike.");
		assertThat(section.download.isVisible()).isFalse();
	}

	@Test
	void a_period_ending_before_it_starts_is_refused_on_its_field() {
		open("reports");
		ResearchExportSection section = byId(ResearchExportSection.class, "research-export");
		test(section.from).setValue(LocalDate.of(2026, 5, 1));
		test(section.to).setValue(LocalDate.of(2026, 4, 1));

		test(section.start).click();

		assertThat(section.to.isInvalid()).isTrue();
		assertThat(section.progress.isVisible()).isFalse();
	}

}
