package org.haven.organisation.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.StaffMember;
import org.haven.organisation.ActingSupervision;
import org.haven.organisation.Office;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.ReportReach;
import org.haven.organisation.ReportScope;
import org.haven.organisation.TeamOverview;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Roles;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * Administrators lay the organisation out here: offices and their teams, who is a member
 * of a team and who supervises it, a supervisor acting for a colleague on leave, and the
 * report scope a supervisor holds apart from the cases they see. Each section is its own
 * small form over one list.
 */
@Route("admin/organisation")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.organisation", order = 81)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

	final TextField officeName = new TextField();

	final Button addOffice = new Button();

	final ComboBox<Office> teamOffice = new ComboBox<>();

	final TextField teamName = new TextField();

	final Button addTeam = new Button();

	final Grid<TeamOverview> teams = new Grid<>();

	final ComboBox<TeamOverview> team = new ComboBox<>();

	final ComboBox<StaffMember> caseworker = new ComboBox<>();

	final Button addMember = new Button();

	final Button removeMember = new Button();

	final ComboBox<StaffMember> supervisor = new ComboBox<>();

	final Button addSupervisor = new Button();

	final Button removeSupervisor = new Button();

	final ComboBox<StaffMember> acting = new ComboBox<>();

	final ComboBox<StaffMember> actingFor = new ComboBox<>();

	final DatePicker actingUntil = new DatePicker();

	final Button grantActing = new Button();

	final Grid<ActingSupervision> actingSupervisions = new Grid<>();

	final ComboBox<StaffMember> scopeHolder = new ComboBox<>();

	final ComboBox<ScopeChoice> scope = new ComboBox<>();

	final Button grantScope = new Button();

	final Button withdrawScope = new Button();

	final Grid<Map.Entry<UUID, ReportScope>> scopes = new Grid<>();

	private final OrganisationService organisation;

	OrganisationView(OrganisationService organisation) {
		this.organisation = organisation;
		setId("organisation-view");
		add(new H1(getTranslation("organisation.title")), new Paragraph(getTranslation("organisation.intro")),
				officesSection(), teamsSection(), membershipSection(), actingSection(), reportScopeSection());
		refresh();
	}

	private Component officesSection() {
		this.officeName.setLabel(getTranslation("organisation.office.name"));
		this.officeName.setId("office-name");
		button(this.addOffice, "organisation.office.add", "add-office", () -> {
			this.organisation.createOffice(this.officeName.getValue());
			this.officeName.clear();
		}, new InputProblems(this).field("name", this.officeName), "organisation.office.added");
		return section("organisation.offices", row(this.officeName, this.addOffice));
	}

	private Component teamsSection() {
		this.teamOffice.setLabel(getTranslation("organisation.team.office"));
		this.teamOffice.setId("team-office");
		this.teamOffice.setItemLabelGenerator(Office::name);
		this.teamName.setLabel(getTranslation("organisation.team.name"));
		this.teamName.setId("team-name");
		button(this.addTeam, "organisation.team.add", "add-team", () -> {
			this.organisation.createTeam(idOf(this.teamOffice.getValue(), Office::id), this.teamName.getValue());
			this.teamName.clear();
		}, new InputProblems(this).field("name", this.teamName).field("office", this.teamOffice),
				"organisation.team.added");
		this.teams.setId("teams-grid");
		this.teams.setAllRowsVisible(true);
		this.teams.addColumn(TeamOverview::officeName)
			.setHeader(getTranslation("organisation.team.office"))
			.setKey("office");
		this.teams.addColumn(TeamOverview::name).setHeader(getTranslation("organisation.team.name")).setKey("name");
		this.teams.addColumn(team -> names(team.members()))
			.setHeader(getTranslation("organisation.team.members"))
			.setKey("members");
		this.teams.addColumn(team -> names(team.supervisors()))
			.setHeader(getTranslation("organisation.team.supervisors"))
			.setKey("supervisors");
		return section("organisation.teams", row(this.teamOffice, this.teamName, this.addTeam), this.teams);
	}

	private Component membershipSection() {
		this.team.setLabel(getTranslation("organisation.membership.team"));
		this.team.setId("membership-team");
		this.team.setItemLabelGenerator(TeamOverview::fullName);
		staffField(this.caseworker, "organisation.membership.caseworker", "membership-caseworker");
		staffField(this.supervisor, "organisation.membership.supervisor", "membership-supervisor");
		InputProblems problems = new InputProblems(this).field("account", this.caseworker);
		button(this.addMember, "organisation.membership.add-member", "add-member",
				() -> this.organisation.addMember(teamId(), idOf(this.caseworker.getValue(), StaffMember::id)),
				problems, "organisation.membership.changed");
		button(this.removeMember, "organisation.membership.remove-member", "remove-member",
				() -> this.organisation.removeMember(teamId(), idOf(this.caseworker.getValue(), StaffMember::id)),
				problems, "organisation.membership.changed");
		InputProblems supervisorProblems = new InputProblems(this).field("account", this.supervisor);
		button(this.addSupervisor, "organisation.membership.add-supervisor", "add-supervisor",
				() -> this.organisation.addSupervisor(teamId(), idOf(this.supervisor.getValue(), StaffMember::id)),
				supervisorProblems, "organisation.membership.changed");
		button(this.removeSupervisor, "organisation.membership.remove-supervisor", "remove-supervisor",
				() -> this.organisation.removeSupervisor(teamId(), idOf(this.supervisor.getValue(), StaffMember::id)),
				supervisorProblems, "organisation.membership.changed");
		return section("organisation.membership", row(this.team),
				row(this.caseworker, this.addMember, this.removeMember),
				row(this.supervisor, this.addSupervisor, this.removeSupervisor));
	}

	private Component actingSection() {
		staffField(this.acting, "organisation.acting.acting", "acting-supervisor");
		staffField(this.actingFor, "organisation.acting.for", "acting-for");
		this.actingUntil.setLabel(getTranslation("organisation.acting.last-day"));
		this.actingUntil.setId("acting-last-day");
		DatePickers.inUserLanguage(this.actingUntil);
		button(this.grantActing, "organisation.acting.grant", "grant-acting",
				() -> this.organisation.grantActingSupervision(idOf(this.acting.getValue(), StaffMember::id),
						idOf(this.actingFor.getValue(), StaffMember::id), this.actingUntil.getValue()),
				new InputProblems(this).field("acting", this.acting)
					.field("forSupervisor", this.actingFor)
					.field("lastDay", this.actingUntil),
				"organisation.acting.granted");
		this.actingSupervisions.setId("acting-grid");
		this.actingSupervisions.setAllRowsVisible(true);
		this.actingSupervisions.addColumn(grant -> nameOf(grant.acting()))
			.setHeader(getTranslation("organisation.acting.acting"))
			.setKey("acting");
		this.actingSupervisions.addColumn(grant -> nameOf(grant.forSupervisor()))
			.setHeader(getTranslation("organisation.acting.for"))
			.setKey("for");
		this.actingSupervisions.addColumn(grant -> UserLocale.dateTime(grant.endsAt()))
			.setHeader(getTranslation("organisation.acting.ends"))
			.setKey("ends");
		this.actingSupervisions.addComponentColumn(grant -> {
			Button end = new Button(getTranslation("organisation.acting.end"), click -> RowActions.change(this,
					() -> this.organisation.endActingSupervision(grant.id()), "organisation.conflict", this::refresh));
			end.setId("end-acting-" + grant.id());
			return RowActions.of(end);
		}).setHeader(getTranslation("organisation.actions")).setKey("actions");
		return section("organisation.acting", new Paragraph(getTranslation("organisation.acting.intro")),
				row(this.acting, this.actingFor, this.actingUntil, this.grantActing), this.actingSupervisions);
	}

	private Component reportScopeSection() {
		staffField(this.scopeHolder, "organisation.report-scope.supervisor", "scope-supervisor");
		this.scope.setLabel(getTranslation("organisation.report-scope.reach"));
		this.scope.setId("scope-reach");
		this.scope.setItemLabelGenerator(ScopeChoice::label);
		InputProblems problems = new InputProblems(this).field("account", this.scopeHolder).field("scope", this.scope);
		button(this.grantScope, "organisation.report-scope.grant", "grant-scope",
				() -> this.organisation.grantReportScope(idOf(this.scopeHolder.getValue(), StaffMember::id),
						this.scope.getValue() == null ? null : this.scope.getValue().scope()),
				problems, "organisation.report-scope.granted");
		button(this.withdrawScope, "organisation.report-scope.withdraw", "withdraw-scope",
				() -> this.organisation.withdrawReportScope(idOf(this.scopeHolder.getValue(), StaffMember::id)),
				problems, "organisation.report-scope.withdrawn");
		this.scopes.setId("scopes-grid");
		this.scopes.setAllRowsVisible(true);
		this.scopes.addColumn(entry -> nameOf(entry.getKey()))
			.setHeader(getTranslation("organisation.report-scope.supervisor"))
			.setKey("supervisor");
		this.scopes.addColumn(entry -> label(entry.getValue()))
			.setHeader(getTranslation("organisation.report-scope.reach"))
			.setKey("reach");
		return section("organisation.report-scope", new Paragraph(getTranslation("organisation.report-scope.intro")),
				row(this.scopeHolder, this.scope, this.grantScope, this.withdrawScope), this.scopes);
	}

	void refresh() {
		List<Office> offices = this.organisation.offices();
		List<TeamOverview> all = this.organisation.teams();
		List<StaffMember> supervisors = this.organisation.supervisors();
		this.teamOffice.setItems(offices);
		this.teams.setItems(all);
		UUID chosen = idOf(this.team.getValue(), TeamOverview::id);
		this.team.setItems(all);
		all.stream().filter(team -> team.id().equals(chosen)).findFirst().ifPresent(this.team::setValue);
		this.caseworker.setItems(this.organisation.caseworkers());
		Stream.of(this.supervisor, this.acting, this.actingFor, this.scopeHolder)
			.forEach(field -> field.setItems(supervisors));
		this.actingSupervisions.setItems(this.organisation.runningActingSupervisions());
		this.scope
			.setItems(
					Stream
						.concat(Stream.of(new ScopeChoice(
								ReportScope.organisation(), getTranslation("organisation.report-scope.organisation"))),
								offices.stream()
									.map(office -> new ScopeChoice(ReportScope.office(office.id()),
											getTranslation("organisation.report-scope.office", office.name()))))
						.toList());
		this.scopes.setItems(this.organisation.reportScopes().entrySet().stream().toList());
	}

	private String label(ReportScope scope) {
		if (scope.reach() == ReportReach.ORGANISATION) {
			return getTranslation("organisation.report-scope.organisation");
		}
		String office = this.organisation.offices()
			.stream()
			.filter(candidate -> candidate.id().equals(scope.office()))
			.map(Office::name)
			.findFirst()
			.orElse("?");
		return getTranslation("organisation.report-scope.office", office);
	}

	private String nameOf(UUID account) {
		return this.organisation.supervisors()
			.stream()
			.filter(member -> member.id().equals(account))
			.map(StaffMember::shownName)
			.findFirst()
			.orElse("?");
	}

	private UUID teamId() {
		UUID team = idOf(this.team.getValue(), TeamOverview::id);
		if (team == null) {
			throw new NotFoundException("team");
		}
		return team;
	}

	/**
	 * Carries out a section's change: refused input is shown on its fields, anything else
	 * told; the lists are reloaded either way.
	 */
	private void button(Button button, String textKey, String id, Runnable change, InputProblems problems,
			String doneKey) {
		button.setText(getTranslation(textKey));
		button.setId(id);
		button.addThemeVariants(ButtonVariant.PRIMARY);
		button.addClickListener(click -> {
			try {
				change.run();
				problems.clear();
				Notifications.success(getTranslation(doneKey));
			}
			catch (InvalidInputException refused) {
				problems.show(refused).forEach(Notifications::error);
			}
			catch (NotFoundException missing) {
				Notifications.error(getTranslation("organisation.choose-team"));
			}
			catch (ConflictException conflict) {
				Notifications.error(getTranslation("organisation.conflict"));
			}
			refresh();
		});
	}

	private void staffField(ComboBox<StaffMember> field, String labelKey, String id) {
		field.setLabel(getTranslation(labelKey));
		field.setId(id);
		field.setItemLabelGenerator(StaffMember::shownName);
	}

	private static <T> UUID idOf(T value, Function<T, UUID> id) {
		return Optional.ofNullable(value).map(id).orElse(null);
	}

	private static String names(List<StaffMember> staff) {
		return staff.stream().map(StaffMember::shownName).collect(Collectors.joining(", "));
	}

	private Component section(String titleKey, Component... content) {
		VerticalLayout section = new VerticalLayout();
		section.setPadding(false);
		section.add(new H2(getTranslation(titleKey)));
		section.add(content);
		return section;
	}

	private static HorizontalLayout row(Component... fields) {
		HorizontalLayout row = new HorizontalLayout(fields);
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		row.setWrap(true);
		return row;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organisation.title");
	}

	/** A report scope to grant, as the list of choices names it. */
	record ScopeChoice(ReportScope scope, String label) {
	}

}
