package org.haven.organisation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may lay the organisation out: every public method of {@link OrganisationService} by
 * every role. Administrators manage; a supervisor reads their own teams and hands their
 * teams to a colleague while away; caseworkers and auditors do nothing here. A method
 * without a row fails this test. Every change leaves its audit event.
 */
@IntegrationTest
class OrganisationAccessTests {

	static final String PASSWORD = "Organisation-access-2026!";

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserAccountService accounts;

	@Autowired
	TeamFixtures teams;

	@Autowired
	JdbcTemplate jdbc;

	/** Roles in the order of each row: caseworker, supervisor, auditor, admin. */
	static final List<Role> ROLES = List.of(Role.CASEWORKER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN);

	static final Map<Role, String> USERS = Map.of(Role.CASEWORKER, "carol", Role.SUPERVISOR, "sam", Role.AUDITOR,
			"aisha", Role.ADMIN, "adam");

	Map<String, Row> matrix() {
		Map<String, Row> rows = new LinkedHashMap<>();
		rows.put("offices", row(() -> this.organisation.offices(), false, false, false, true));
		rows.put("teams", row(() -> this.organisation.teams(), false, false, false, true));
		rows.put("createOffice", row(() -> this.organisation.createOffice("Access office " + UUID.randomUUID()), false,
				false, false, true));
		rows.put("createTeam",
				row(() -> this.organisation.createTeam(Teams.MAIN_OFFICE, "Access team " + UUID.randomUUID()), false,
						false, false, true));
		rows.put("addMember", row(() -> this.organisation.addMember(Teams.MAIN_TEAM, this.teams.idOf("carol")), false,
				false, false, true));
		rows.put("removeMember", row(() -> this.organisation.removeMember(newTeam(), this.teams.idOf(MEMBER)), false,
				false, false, true));
		rows.put("addSupervisor", row(() -> this.organisation.addSupervisor(Teams.MAIN_TEAM, this.teams.idOf("sam")),
				false, false, false, true));
		rows.put("removeSupervisor", row(() -> this.organisation.removeSupervisor(newTeam(), this.teams.idOf("sam")),
				false, false, false, true));
		rows.put("caseworkers", row(() -> this.organisation.caseworkers(), false, false, false, true));
		rows.put("supervisors", row(() -> this.organisation.supervisors(), false, true, false, true));
		rows.put("grantActingSupervision",
				row(() -> this.organisation.grantActingSupervision(this.teams.idOf(COLLEAGUE), this.teams.idOf("sam"),
						LocalDate.now().plusDays(5)), false, true, false, true));
		rows.put("endActingSupervision", row(() -> {
			this.organisation.endActingSupervision(TestSecurity
				.asAdministrator(() -> this.organisation.grantActingSupervision(this.teams.idOf(COLLEAGUE),
						this.teams.idOf("sam"), LocalDate.now()))
				.id());
			return true;
		}, false, true, false, true));
		rows.put("runningActingSupervisions",
				row(() -> this.organisation.runningActingSupervisions(), false, true, false, true));
		rows.put("grantReportScope", row(() -> {
			this.organisation.grantReportScope(this.teams.idOf(COLLEAGUE), ReportScope.office(Teams.MAIN_OFFICE));
			return true;
		}, false, false, false, true));
		rows.put("withdrawReportScope", row(() -> {
			TestSecurity.asAdministrator(() -> {
				this.organisation.grantReportScope(this.teams.idOf(COLLEAGUE), ReportScope.organisation());
				return true;
			});
			this.organisation.withdrawReportScope(this.teams.idOf(COLLEAGUE));
			return true;
		}, false, false, false, true));
		rows.put("reportScopes", row(() -> this.organisation.reportScopes(), false, false, false, true));
		rows.put("supervisedTeams", row(() -> this.organisation.supervisedTeams(), false, true, false, false));
		return rows;
	}

	/** Another supervisor, who acts for sam or holds a report scope in these rows. */
	static final String COLLEAGUE = "organisation-access-cleo";

	/**
	 * A caseworker of these rows only, whom a refused removal leaves in a team: the demo
	 * caseworkers keep one team each, so that their intakes need no choice.
	 */
	static final String MEMBER = "organisation-access-mona";

	@Test
	void every_public_method_of_the_organisation_service_has_a_row() {
		Set<String> methods = Arrays.stream(OrganisationService.class.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
			.map(Method::getName)
			.collect(Collectors.toSet());
		assertThat(matrix().keySet()).isEqualTo(methods);
	}

	@Test
	void every_role_gets_what_the_matrix_says_and_every_change_is_recorded() {
		accountsExist();
		for (Map.Entry<String, Row> row : matrix().entrySet()) {
			for (int index = 0; index < ROLES.size(); index++) {
				Role role = ROLES.get(index);
				String what = row.getKey() + " by " + role;
				Supplier<Object> call = () -> TestSecurity.as(USERS.get(role), role, row.getValue().call());
				if (row.getValue().allowed()[index]) {
					assertThat(call.get()).as(what).isNotNull();
				}
				else {
					assertThatThrownBy(call::get).as(what).isInstanceOf(AccessDeniedException.class);
				}
			}
		}
		assertThat(this.jdbc.queryForList("select distinct action from audit_event", String.class)).contains(
				"OFFICE_CREATED", "TEAM_CREATED", "TEAM_MEMBER_REMOVED", "TEAM_SUPERVISOR_REMOVED",
				"ACTING_SUPERVISION_GRANTED", "ACTING_SUPERVISION_ENDED", "REPORT_SCOPE_GRANTED",
				"REPORT_SCOPE_WITHDRAWN");
	}

	@Test
	void only_enabled_caseworkers_join_a_team_and_only_supervisors_supervise_it() {
		assertThatThrownBy(() -> TestSecurity
			.asAdministrator(() -> this.organisation.addMember(Teams.MAIN_TEAM, this.teams.idOf("aisha"))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TestSecurity
			.asAdministrator(() -> this.organisation.addSupervisor(Teams.MAIN_TEAM, this.teams.idOf("carol"))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TestSecurity
			.asAdministrator(() -> this.organisation.addMember(UUID.randomUUID(), this.teams.idOf("carol"))))
			.isInstanceOf(NotFoundException.class);
	}

	/** A team with a member and sam as supervisor, to remove them from. */
	private UUID newTeam() {
		UUID team = this.teams.newTeam("Removal team");
		this.teams.member(team, MEMBER);
		this.teams.supervisor(team, "sam");
		return team;
	}

	private void accountsExist() {
		accountExists(COLLEAGUE, "Cleo Colleague", Role.SUPERVISOR);
		accountExists(MEMBER, "Mona Member", Role.CASEWORKER);
	}

	private void accountExists(String username, String displayName, Role role) {
		if (TestSecurity.asAdministrator(() -> this.accounts.listAccounts())
			.stream()
			.noneMatch(account -> account.username().equals(username))) {
			TestSecurity.asAdministrator(() -> this.accounts
				.createAccount(new NewUserAccount(username, displayName, Set.of(role), PASSWORD)));
		}
	}

	private static Row row(Supplier<Object> call, boolean... allowed) {
		return new Row(call, allowed);
	}

	record Row(Supplier<Object> call, boolean[] allowed) {
	}

}
