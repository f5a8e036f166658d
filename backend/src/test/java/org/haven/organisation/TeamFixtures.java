package org.haven.organisation;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.springframework.stereotype.Component;

/**
 * Teams made the way administrators make them, through {@link OrganisationService}: tests
 * put the accounts they create into a team explicitly, and supervisors see and decide on
 * the cases of their teams only, by the production rule.
 */
@Component
public class TeamFixtures {

	private final OrganisationService organisation;

	private final AccountDirectory accounts;

	private final Teams teams;

	TeamFixtures(OrganisationService organisation, AccountDirectory accounts, Teams teams) {
		this.organisation = organisation;
		this.teams = teams;
		this.accounts = accounts;
	}

	/** The main team, which the migration made and the demo's carol is a member of. */
	public UUID mainTeam() {
		return Teams.MAIN_TEAM;
	}

	/** The demo's second team, chen's. */
	public UUID fieldTeam() {
		return TestSecurity.asAdministrator(() -> this.organisation.teams()
			.stream()
			.filter(team -> team.name().equals(DemoTeams.FIELD_TEAM))
			.findFirst()
			.orElseThrow()
			.id());
	}

	/** A new office with one new team; returns the team. */
	public UUID newTeam(String name) {
		return TestSecurity.asAdministrator(() -> {
			Office office = this.organisation.createOffice(name + " office " + UUID.randomUUID());
			return this.organisation.createTeam(office.id(), name).id();
		});
	}

	/** The caseworker becomes a member of the team. */
	public void member(UUID team, String caseworker) {
		TestSecurity.asAdministrator(() -> this.organisation.addMember(team, idOf(caseworker)));
	}

	/** The supervisor now supervises the team. */
	public void supervisor(UUID team, String supervisor) {
		TestSecurity.asAdministrator(() -> this.organisation.addSupervisor(team, idOf(supervisor)));
	}

	/** Whether the caseworker is a member of the main team. */
	public boolean inMainTeam(String caseworker) {
		return this.teams.isMember(mainTeam(), idOf(caseworker));
	}

	public void memberOfMainTeam(String caseworker) {
		member(mainTeam(), caseworker);
	}

	public void supervisorOfMainTeam(String supervisor) {
		supervisor(mainTeam(), supervisor);
	}

	/**
	 * The supervisor's reports, and the research export, now reach the whole
	 * organisation.
	 */
	public void grantOrganisationReportScope(String supervisor) {
		TestSecurity.asAdministrator(() -> {
			this.organisation.grantReportScope(idOf(supervisor), ReportScope.organisation());
			return null;
		});
	}

	/** The supervisor's reports count their own teams again. */
	public void withdrawReportScope(String supervisor) {
		UUID id = idOf(supervisor);
		TestSecurity.asAdministrator(() -> {
			if (this.organisation.reportScopes().containsKey(id)) {
				this.organisation.withdrawReportScope(id);
			}
			return null;
		});
	}

	/**
	 * What the supervisor does while their report scope is the whole organisation; their
	 * scope is as before afterwards.
	 */
	public <T> T withOrganisationReportScope(String supervisor, Supplier<T> work) {
		UUID id = idOf(supervisor);
		Optional<ReportScope> before = TestSecurity
			.asAdministrator(() -> Optional.ofNullable(this.organisation.reportScopes().get(id)));
		TestSecurity.asAdministrator(() -> {
			this.organisation.grantReportScope(id, ReportScope.organisation());
			return null;
		});
		try {
			return work.get();
		}
		finally {
			TestSecurity.asAdministrator(() -> {
				if (before.isPresent()) {
					this.organisation.grantReportScope(id, before.get());
				}
				else {
					this.organisation.withdrawReportScope(id);
				}
				return null;
			});
		}
	}

	public UUID idOf(String username) {
		return this.accounts.idOf(username).orElseThrow(() -> new AssertionError("no account " + username));
	}

}
