package org.haven.casefile.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.StaffMember;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.CaseTransferRecord;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.TeamOverview;
import org.haven.shared.Roles;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * A supervisor's teams: the teams they hold now (their own, and a colleague's they act
 * for), who is a member and who supervises each, and the transfers of cases waiting
 * between their teams and others. A transfer to one of their teams is accepted or refused
 * here; one they asked for waits for the other team.
 */
@Route("supervision/teams")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "nav.supervision-teams", order = 24)
class SupervisorTeamsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<TeamOverview> teams = new Grid<>();

	final Grid<CaseTransferRecord> transfers = new Grid<>();

	private final CaseSupervision supervision;

	private final OrganisationService organisation;

	SupervisorTeamsView(CaseSupervision supervision, OrganisationService organisation) {
		this.supervision = supervision;
		this.organisation = organisation;
		setId("supervisor-teams-view");
		this.teams.setId("my-teams");
		this.teams.setAllRowsVisible(true);
		this.teams.addColumn(TeamOverview::fullName).setHeader(getTranslation("teams.team")).setKey("team");
		this.teams.addColumn(team -> names(team.members()))
			.setHeader(getTranslation("teams.members"))
			.setKey("members");
		this.teams.addColumn(team -> names(team.supervisors()))
			.setHeader(getTranslation("teams.supervisors"))
			.setKey("supervisors");

		this.transfers.setId("waiting-transfers");
		this.transfers.setAllRowsVisible(true);
		this.transfers.addColumn(transfer -> transfer.code().value())
			.setHeader(getTranslation("supervision.case-code"))
			.setKey("code");
		this.transfers.addColumn(CaseTransferRecord::fromTeam).setHeader(getTranslation("teams.from")).setKey("from");
		this.transfers.addColumn(CaseTransferRecord::toTeam).setHeader(getTranslation("teams.to")).setKey("to");
		this.transfers.addColumn(CaseTransferRecord::requestedBy)
			.setHeader(getTranslation("teams.requested-by"))
			.setKey("requestedBy");
		this.transfers.addColumn(transfer -> UserLocale.dateTime(transfer.requestedAt()))
			.setHeader(getTranslation("teams.requested-at"))
			.setKey("requestedAt");
		this.transfers.addComponentColumn(this::decisions)
			.setHeader(getTranslation("supervision.actions"))
			.setKey("actions");

		add(new H1(getTranslation("teams.title")), new Paragraph(getTranslation("teams.intro")), this.teams,
				new H2(getTranslation("teams.transfers")), new Paragraph(getTranslation("teams.transfers.intro")),
				this.transfers);
		refresh();
	}

	void refresh() {
		this.teams.setItems(this.organisation.supervisedTeams());
		this.transfers.setItems(this.supervision.waitingTransfers());
	}

	private Component decisions(CaseTransferRecord transfer) {
		if (!transfer.incoming()) {
			return new Paragraph(getTranslation("teams.transfers.waiting-for-other-team"));
		}
		String code = transfer.code().value();
		Button accept = new Button(getTranslation("teams.transfers.accept"), click -> RowActions.change(this, () -> {
			this.supervision.acceptTransfer(transfer.id());
			notifyDone("teams.transfers.accepted");
		}, "supervision.conflict", this::refresh));
		accept.setId("accept-transfer-" + code);
		Button refuse = new Button(getTranslation("teams.transfers.refuse"), click -> RowActions.change(this, () -> {
			this.supervision.refuseTransfer(transfer.id());
			notifyDone("teams.transfers.refused");
		}, "supervision.conflict", this::refresh));
		refuse.setId("refuse-transfer-" + code);
		return RowActions.of(accept, refuse);
	}

	private void notifyDone(String key) {
		Notifications.success(getTranslation(key));
	}

	private static String names(List<StaffMember> staff) {
		return staff.stream().map(StaffMember::shownName).collect(Collectors.joining(", "));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("teams.title");
	}

}
