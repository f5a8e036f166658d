package org.haven.organisation.ui;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.notification.Notification;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.ReportReach;
import org.haven.organisation.TeamFixtures;
import org.haven.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationViewTests extends ViewTest {

	@Autowired
	OrganisationService organisation;

	@Autowired
	TeamFixtures teams;

	@BeforeEach
	void signInAsAdministrator() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
	}

	@Test
	void the_administrator_opens_an_office_makes_a_team_in_it_and_puts_chen_in_it() {
		String office = "North office " + UUID.randomUUID().toString().substring(0, 6);
		OrganisationView view = (OrganisationView) open("admin/organisation");

		test(view.officeName).setValue(office);
		test(view.addOffice).click();
		assertThat(lastNotification()).isEqualTo("Office added");
		test(view.teamOffice).selectItem(office);
		test(view.teamName).setValue("Outreach");
		test(view.addTeam).click();
		assertThat(lastNotification()).isEqualTo("Team added");
		test(view.team).selectItem(office + " / Outreach");
		test(view.caseworker).selectItem("Chen Jing");
		test(view.addMember).click();

		var grid = test(view.teams);
		int row = IntStream.range(0, grid.size())
			.filter(index -> grid.getCellText(index, grid.getColumnPosition("office")).equals(office))
			.findFirst()
			.orElseThrow();
		assertThat(grid.getCellText(row, grid.getColumnPosition("name"))).isEqualTo("Outreach");
		assertThat(grid.getCellText(row, grid.getColumnPosition("members"))).isEqualTo(DemoAccounts.SECOND_CASEWORKER);
	}

	@Test
	void an_office_without_a_name_is_refused_on_its_field() {
		OrganisationView view = (OrganisationView) open("admin/organisation");

		test(view.addOffice).click();

		assertThat(view.officeName.isInvalid()).isTrue();
	}

	@Test
	void a_supervisor_acting_for_themselves_is_refused() {
		OrganisationView view = (OrganisationView) open("admin/organisation");

		test(view.acting).selectItem("Sam Supervisor");
		test(view.actingFor).selectItem("Sam Supervisor");
		test(view.actingUntil).setValue(LocalDate.now().plusDays(10));
		test(view.grantActing).click();

		assertThat(TestSecurity.asAdministrator(() -> this.organisation.runningActingSupervisions()))
			.noneMatch(grant -> grant.acting().equals(grant.forSupervisor()));
	}

	@Test
	void the_administrator_grants_a_report_scope_of_the_whole_organisation() {
		OrganisationView view = (OrganisationView) open("admin/organisation");

		test(view.scopeHolder).selectItem("Sam Supervisor");
		test(view.scope).selectItem("The whole organisation");
		test(view.grantScope).click();

		assertThat(lastNotification()).isEqualTo("Report scope granted");
		assertThat(TestSecurity.asAdministrator(() -> this.organisation.reportScopes())
			.get(this.teams.idOf(DemoAccounts.SUPERVISOR))
			.reach()).isEqualTo(ReportReach.ORGANISATION);
		TestSecurity.asAdministrator(() -> {
			this.organisation.withdrawReportScope(this.teams.idOf(DemoAccounts.SUPERVISOR));
			return null;
		});
	}

	private String lastNotification() {
		return find(Notification.class).all().getLast().getElement().getProperty("text", "");
	}

}
