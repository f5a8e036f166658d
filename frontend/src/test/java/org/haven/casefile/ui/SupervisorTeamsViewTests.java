package org.haven.casefile.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.DemoAccounts;
import org.haven.TestAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.CaseTransferRecord;
import org.haven.organisation.TeamFixtures;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisorTeamsViewTests extends ViewTest {

	/** A second supervisor of the main team, who asks what Sam decides. */
	static final String MAIN_SUPERVISOR = "teamsview-fay";

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	TeamFixtures teams;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void theMainTeamHasASecondSupervisor() {
		if (this.accounts.all().stream().noneMatch(account -> account.username().equals(MAIN_SUPERVISOR))) {
			this.accounts.create(MAIN_SUPERVISOR, Role.SUPERVISOR);
			this.teams.supervisorOfMainTeam(MAIN_SUPERVISOR);
		}
	}

	@Test
	void the_supervisor_sees_the_teams_they_supervise_with_their_members() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		SupervisorTeamsView view = (SupervisorTeamsView) open("supervision/teams");

		var grid = test(view.teams);
		assertThat(grid.size()).isGreaterThanOrEqualTo(2);
		List<String> rows = IntStream.range(0, grid.size())
			.mapToObj(row -> grid.getCellText(row, grid.getColumnPosition("team")) + ": "
					+ grid.getCellText(row, grid.getColumnPosition("members")))
			.toList();
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Main office / Main team: ").contains("carol"))
			.anySatisfy(row -> assertThat(row).startsWith("Main office / Field team (demo): ").contains("chen"));
	}

	@Test
	void the_supervisor_asks_another_team_from_the_case_list_and_then_waits_for_it() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Transfer", "Me"));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		SupervisorCasesView cases = (SupervisorCasesView) open("supervision/cases");
		test(cases.code).setValue(code.value());
		test(cases.search).click();
		assertThat(test(cases.grid).getCellText(0, test(cases.grid).getColumnPosition("team")))
			.isEqualTo("Main office / Main team");

		test(rowAction(cases, "transfer-" + code.value())).click();
		TransferDialog dialog = find(TransferDialog.class).single();
		test(dialog.team).selectItem("Main office / Field team (demo)");
		test(dialog.request).click();

		assertThat(lastNotification()).isEqualTo("Transfer asked for; it waits for the other team");
		SupervisorTeamsView view = (SupervisorTeamsView) open("supervision/teams");
		var transfers = test(view.transfers);
		int row = rowOf(transfers, code);
		assertThat(transfers.getCellText(row, transfers.getColumnPosition("to")))
			.isEqualTo("Main office / Field team (demo)");
		assertThat(transfers.getCellComponent(row, "actions")).isInstanceOf(Paragraph.class);
	}

	@Test
	void the_supervisor_of_the_receiving_team_accepts_a_transfer_and_the_case_moves() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Transfer", "Taken"));
		TestSecurity.as(MAIN_SUPERVISOR, "SUPERVISOR",
				() -> this.supervision.requestTransfer(code, this.teams.fieldTeam()));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		SupervisorTeamsView view = (SupervisorTeamsView) open("supervision/teams");
		var transfers = test(view.transfers);
		int row = rowOf(transfers, code);
		Button accept = (Button) ((HorizontalLayout) transfers.getCellComponent(row, "actions")).getChildren()
			.filter(component -> ("accept-transfer-" + code.value()).equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();

		test(accept).click();

		assertThat(lastNotification()).isEqualTo("The case is now one of your team’s");
		assertThat(this.supervision.overview(code).teamName()).isEqualTo("Main office / Field team (demo)");
	}

	private static int rowOf(GridTester<Grid<CaseTransferRecord>, CaseTransferRecord> transfers, CaseCode code) {
		return IntStream.range(0, transfers.size())
			.filter(index -> transfers.getCellText(index, transfers.getColumnPosition("code")).equals(code.value()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no transfer of " + code));
	}

	private Button rowAction(SupervisorCasesView view, String id) {
		return (Button) ((HorizontalLayout) test(view.grid).getCellComponent(0, "actions")).getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + id));
	}

	private String lastNotification() {
		return find(Notification.class).all().getLast().getElement().getProperty("text", "");
	}

}
