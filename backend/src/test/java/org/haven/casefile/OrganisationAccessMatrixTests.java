package org.haven.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assessment.AssessmentFixtures;
import org.haven.access.AccountDirectory;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.access.UserAccountService;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.ReportScope;
import org.haven.organisation.ReportScopes;
import org.haven.organisation.TeamFixtures;
import org.haven.organisation.Teams;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a supervisor may do with a case by how they relate to its team: the supervisor of
 * the case's team may; the supervisor of another team, a supervisor who holds only a
 * report scope, and an acting supervisor once the acting supervision ended get no case at
 * all, as if it did not exist, each refusal recorded; an acting supervisor may until the
 * end date. Every row is a supervisor's list, decision or review; erasure requests and
 * possible duplicates count by the team of the case they concern.
 */
@IntegrationTest
class OrganisationAccessMatrixTests {

	static final String PASSWORD = "Teams-matrix-password-2026!";

	static final String CASEWORKER = "teams-cara";

	static final String SECOND_CASEWORKER = "teams-cody";

	static final String OTHER_TEAMS_CASEWORKER = "teams-yuri";

	static final String BREAK_GLASS_CASEWORKER = "teams-dina";

	/** A caseworker of both teams, who chooses at intake. */
	static final String TWO_TEAMS_CASEWORKER = "teams-tess";

	static final String OTHER_SUPERVISOR = "teams-olga";

	/** Who calls, and how they relate to the case's team. */
	enum Relation {

		TEAM_SUPERVISOR("teams-sven", Duration.ZERO), OTHER_TEAM_SUPERVISOR(OTHER_SUPERVISOR, Duration.ZERO),
		REPORT_ONLY_SUPERVISOR("teams-rita", Duration.ZERO), ACTING_SUPERVISOR("teams-alex", Duration.ZERO),
		ACTING_SUPERVISOR_AFTER_THE_END("teams-alex", Duration.ofDays(ACTING_DAYS + 2));

		final String username;

		final Duration later;

		Relation(String username, Duration later) {
			this.username = username;
			this.later = later;
		}

	}

	/** The last day of the acting supervision, counted from today. */
	static final int ACTING_DAYS = 10;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AssessmentFixtures assessed;

	@Autowired
	CaseService cases;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	OrganisationService organisation;

	@Autowired
	ReportScopes reportScopes;

	@Autowired
	PersonService persons;

	@Autowired
	TeamFixtures teams;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** The team of the cases at hand, and the other team. */
	static UUID team;

	static UUID otherTeam;

	@BeforeEach
	void theTeamsExist() {
		if (team != null) {
			return;
		}
		for (String caseworker : List.of(CASEWORKER, SECOND_CASEWORKER, OTHER_TEAMS_CASEWORKER, BREAK_GLASS_CASEWORKER,
				TWO_TEAMS_CASEWORKER)) {
			account(caseworker, Role.CASEWORKER);
		}
		for (Relation relation : Relation.values()) {
			account(relation.username, Role.SUPERVISOR);
		}
		team = this.teams.newTeam("Teams matrix team");
		otherTeam = this.teams.newTeam("Teams matrix other team");
		this.teams.member(team, CASEWORKER);
		this.teams.member(team, SECOND_CASEWORKER);
		this.teams.member(otherTeam, OTHER_TEAMS_CASEWORKER);
		this.teams.member(team, TWO_TEAMS_CASEWORKER);
		this.teams.member(otherTeam, TWO_TEAMS_CASEWORKER);
		this.teams.supervisor(team, Relation.TEAM_SUPERVISOR.username);
		this.teams.supervisor(otherTeam, OTHER_SUPERVISOR);
		TestSecurity.asAdministrator(() -> {
			this.organisation.grantReportScope(this.teams.idOf(Relation.REPORT_ONLY_SUPERVISOR.username),
					ReportScope.organisation());
			return this.organisation.grantActingSupervision(this.teams.idOf(Relation.ACTING_SUPERVISOR.username),
					this.teams.idOf(Relation.TEAM_SUPERVISOR.username), LocalDate.now().plusDays(ACTING_DAYS));
		});
	}

	Map<String, Function<Case, Object>> rows() {
		Map<String, Function<Case, Object>> rows = new LinkedHashMap<>();
		rows.put("cases",
				c -> present(this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(500))
					.getContent()
					.stream()
					.map(CaseOverview::code)
					.toList()
					.contains(c.code())));
		rows.put("overview", c -> this.supervision.overview(c.code()));
		rows.put("caseworkers",
				c -> present(this.supervision.caseworkers()
					.stream()
					.map(StaffMember::username)
					.toList()
					.contains(SECOND_CASEWORKER)));
		rows.put("caseworkersFor", c -> this.supervision.caseworkersFor(c.code()));
		rows.put("assign", c -> this.supervision.assign(c.code(), this.supervision.overview(c.code()).version(),
				this.teams.idOf(SECOND_CASEWORKER), Set.of()));
		rows.put("approveClosure", c -> {
			closureRequested(c.code());
			return this.supervision.approveClosure(c.code(), this.supervision.overview(c.code()).version());
		});
		rows.put("returnClosure", c -> {
			closureRequested(c.code());
			return this.supervision.returnClosure(c.code(), this.supervision.overview(c.code()).version(),
					Closure.ReturnReason.OUTCOME_UNCLEAR);
		});
		rows.put("breakGlassOpenings",
				c -> present(this.supervision.breakGlassOpenings(PageRequest.ofSize(500))
					.getContent()
					.stream()
					.map(BreakGlassRecord::code)
					.toList()
					.contains(c.code())));
		rows.put("reviewBreakGlass", c -> {
			this.supervision.reviewBreakGlass(c.code(), c.grant());
			return true;
		});
		rows.put("endBreakGlass", c -> {
			this.supervision.endBreakGlass(c.code(), c.grant());
			return true;
		});
		rows.put("requestTransfer", c -> this.supervision.requestTransfer(c.code(), otherTeam));
		rows.put("erasureRequests", c -> {
			erasureAsked(c.code());
			return present(this.supervision.erasureRequests(PageRequest.ofSize(500))
				.getContent()
				.stream()
				.map(ErasureRequestRecord::code)
				.toList()
				.contains(c.code()));
		});
		rows.put("countErasureRequests", c -> {
			int before = this.supervision.countErasureRequests();
			erasureAsked(c.code());
			return present(this.supervision.countErasureRequests() == before + 1);
		});
		rows.put("approveErasure", c -> {
			this.supervision.approveErasure(erasureAsked(c.code()));
			return true;
		});
		rows.put("refuseErasure", c -> {
			this.supervision.refuseErasure(erasureAsked(c.code()));
			return true;
		});
		rows.put("possibleDuplicates", c -> {
			FollowUp matched = anotherTeamsDuplicateCheckMatchedANewCase();
			return present(this.supervision.possibleDuplicates(PageRequest.ofSize(500))
				.getContent()
				.stream()
				.anyMatch(
						listed -> listed.id().equals(matched.id()) && listed.cases().equals(List.of(matched.code()))));
		});
		rows.put("countPossibleDuplicates", c -> {
			int before = this.supervision.countPossibleDuplicates();
			anotherTeamsDuplicateCheckMatchedANewCase();
			return present(this.supervision.countPossibleDuplicates() == before + 1);
		});
		rows.put("closePossibleDuplicate", c -> {
			this.supervision.closePossibleDuplicate(anotherTeamsDuplicateCheckMatchedANewCase().id());
			return true;
		});
		return rows;
	}

	/** Who of the relations may: only the team's supervisor and its acting supervisor. */
	static final Map<Relation, Boolean> MAY = new EnumMap<>(Map.of(Relation.TEAM_SUPERVISOR, true,
			Relation.OTHER_TEAM_SUPERVISOR, false, Relation.REPORT_ONLY_SUPERVISOR, false, Relation.ACTING_SUPERVISOR,
			true, Relation.ACTING_SUPERVISOR_AFTER_THE_END, false));

	@Test
	void only_the_supervisors_of_the_cases_team_list_assign_approve_and_review_break_glass_and_each_refusal_is_recorded() {
		for (Map.Entry<String, Function<Case, Object>> row : rows().entrySet()) {
			for (Relation relation : Relation.values()) {
				Case at = breakGlassOpenedOnANewCase();
				String what = row.getKey() + " by " + relation;
				long before = lastAuditSeq();
				Supplier<Object> call = () -> this.clock.after(relation.later,
						() -> TestSecurity.as(relation.username, "SUPERVISOR", () -> row.getValue().apply(at)));
				if (MAY.get(relation)) {
					assertThat(call.get()).as(what).isNotEqualTo(Absent.ABSENT);
				}
				else {
					try {
						assertThat(call.get()).as(what).isEqualTo(Absent.ABSENT);
					}
					catch (NotFoundException refused) {
						assertThat(refusalsAfter(before)).as("denied events of " + what).isPositive();
					}
				}
			}
		}
	}

	@Test
	void a_supervisor_assigns_only_caseworkers_who_are_members_of_the_cases_team() {
		Case at = breakGlassOpenedOnANewCase();

		assertThatThrownBy(() -> asTeamSupervisor(() -> this.supervision.assign(at.code(),
				this.supervision.overview(at.code()).version(), this.teams.idOf(OTHER_TEAMS_CASEWORKER), Set.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("case.assign.not-in-team"));
		assertThat(asTeamSupervisor(() -> this.supervision.caseworkersFor(at.code()))).extracting(StaffMember::username)
			.containsExactlyInAnyOrder(CASEWORKER, SECOND_CASEWORKER, TWO_TEAMS_CASEWORKER);
	}

	@Test
	void a_new_case_belongs_to_the_team_of_the_caseworker_who_opens_it() {
		Case at = breakGlassOpenedOnANewCase();

		assertThat(asTeamSupervisor(() -> this.supervision.overview(at.code())).team()).isEqualTo(team);
	}

	@Test
	void a_caseworker_of_several_teams_chooses_the_team_of_her_new_case_among_her_own_teams_only() {
		DraftId draft = this.fixtures.draftOf(TWO_TEAMS_CASEWORKER,
				TestIdentities.named(TestIdentities.letters(), "Tess"));
		long version = TestSecurity.as(TWO_TEAMS_CASEWORKER, "CASEWORKER",
				() -> this.intake.save(draft, 1, IntakeStep.REVIEW,
						TestIdentities.named(TestIdentities.letters(), "Tess"),
						TestIntakes.withConsent(Profile.notAskedYet())));

		assertThat(TestSecurity.as(TWO_TEAMS_CASEWORKER, "CASEWORKER", () -> this.intake.teams()))
			.extracting(Teams.TeamName::id)
			.containsExactlyInAnyOrder(team, otherTeam);
		assertThatThrownBy(() -> completedBy(TWO_TEAMS_CASEWORKER, draft, version, null)).isInstanceOfSatisfying(
				InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
					.containsExactly("intake.team.required"));
		long before = lastAuditSeq();
		assertThatThrownBy(() -> completedBy(TWO_TEAMS_CASEWORKER, draft, version, this.teams.mainTeam()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("intake.team.not-yours"));
		assertThat(refusalsAfter(before)).as("the refusal of a team not hers is recorded").isPositive();
		CaseCode code = completedBy(TWO_TEAMS_CASEWORKER, draft, version, otherTeam);

		assertThat(TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR", () -> this.supervision.overview(code)).team())
			.isEqualTo(otherTeam);
	}

	@Test
	void a_caseworker_of_one_team_takes_a_case_into_it_without_choosing() {
		DraftId draft = this.fixtures.draftOf(OTHER_TEAMS_CASEWORKER, TestIdentities.named("Yuri", "Intake"));
		long version = TestSecurity.as(OTHER_TEAMS_CASEWORKER, "CASEWORKER",
				() -> this.intake.save(draft, 1, IntakeStep.REVIEW,
						TestIdentities.named(TestIdentities.letters(), "Yuri"),
						TestIntakes.withConsent(Profile.notAskedYet())));

		CaseCode code = completedBy(OTHER_TEAMS_CASEWORKER, draft, version, null);

		assertThat(TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR", () -> this.supervision.overview(code)).team())
			.isEqualTo(otherTeam);
	}

	@Test
	void a_supervisor_with_only_a_report_scope_sees_no_case_while_their_reports_count_every_team() {
		Case at = breakGlassOpenedOnANewCase();
		String rita = Relation.REPORT_ONLY_SUPERVISOR.username;

		assertThat(TestSecurity.as(rita, "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(500)).getContent()))
			.isEmpty();
		assertThat(TestSecurity.as(rita, "SUPERVISOR", this.reportScopes::teamsOfSignedInUser)).contains(team,
				otherTeam, this.teams.mainTeam());
		assertThatThrownBy(() -> TestSecurity.as(rita, "SUPERVISOR", () -> this.supervision.overview(at.code())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void a_supervisor_sees_the_profile_of_a_cases_person_only_when_they_supervise_its_team_or_their_reports_count_it() {
		Case at = breakGlassOpenedOnANewCase();
		PersonCode person = this.fixtures.personOf(CASEWORKER, at.code());
		Map<Relation, Boolean> seen = new EnumMap<>(Relation.class);

		for (Relation relation : Relation.values()) {
			seen.put(relation, this.clock.after(relation.later, () -> TestSecurity.as(relation.username, "SUPERVISOR",
					() -> this.persons.summaries(List.of(person)).containsKey(person))));
		}

		assertThat(seen).isEqualTo(Map.of(Relation.TEAM_SUPERVISOR, true, Relation.OTHER_TEAM_SUPERVISOR, false,
				Relation.REPORT_ONLY_SUPERVISOR, true, Relation.ACTING_SUPERVISOR, true,
				Relation.ACTING_SUPERVISOR_AFTER_THE_END, false));
	}

	@Test
	void a_supervisors_reports_count_their_own_teams_by_default() {
		assertThat(asTeamSupervisor(this.reportScopes::teamsOfSignedInUser)).containsExactly(team);
		assertThat(TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR", this.reportScopes::teamsOfSignedInUser))
			.containsExactly(otherTeam);
	}

	@Test
	void acting_supervision_lasts_at_most_ninety_days_and_only_the_supervisor_replaced_grants_it_themselves() {
		UUID sven = this.teams.idOf(Relation.TEAM_SUPERVISOR.username);
		UUID olga = this.teams.idOf(OTHER_SUPERVISOR);
		UUID alex = this.teams.idOf(Relation.ACTING_SUPERVISOR.username);

		assertThatThrownBy(() -> TestSecurity
			.asAdministrator(() -> this.organisation.grantActingSupervision(alex, sven, LocalDate.now().plusDays(90))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("organisation.acting.too-long"));
		assertThatThrownBy(() -> TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR",
				() -> this.organisation.grantActingSupervision(alex, sven, LocalDate.now().plusDays(3))))
			.isInstanceOf(InvalidInputException.class);
		assertThat(TestSecurity
			.as(OTHER_SUPERVISOR, "SUPERVISOR",
					() -> this.organisation.grantActingSupervision(alex, olga, LocalDate.now().plusDays(3)))
			.running()).isTrue();
		assertThat(TestSecurity.as(Relation.ACTING_SUPERVISOR.username, "SUPERVISOR",
				() -> this.organisation.supervisedTeams()))
			.extracting(team -> team.id())
			.contains(team, otherTeam);
		assertThat(this.clock.after(Duration.ofDays(4),
				() -> TestSecurity.as(Relation.ACTING_SUPERVISOR.username, "SUPERVISOR",
						() -> this.organisation.supervisedTeams())))
			.extracting(team -> team.id())
			.contains(team)
			.doesNotContain(otherTeam);
	}

	@Test
	void a_transfer_asked_by_the_cases_team_and_accepted_by_the_other_moves_the_case_and_clears_its_caseworkers() {
		Case at = breakGlassOpenedOnANewCase();
		UUID transfer = asTeamSupervisor(() -> this.supervision.requestTransfer(at.code(), otherTeam));

		assertThatThrownBy(() -> asTeamSupervisor(() -> this.supervision.acceptTransfer(transfer)))
			.isInstanceOf(NotFoundException.class);
		assertThat(TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR", () -> this.supervision.waitingTransfers()))
			.anySatisfy(waiting -> {
				assertThat(waiting.code()).isEqualTo(at.code());
				assertThat(waiting.incoming()).isTrue();
			});
		CaseOverview moved = TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR",
				() -> this.supervision.acceptTransfer(transfer));

		assertThat(moved.team()).isEqualTo(otherTeam);
		assertThat(moved.caseworkers()).isEmpty();
		assertThatThrownBy(() -> asTeamSupervisor(() -> this.supervision.overview(at.code())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.fixtures.open(CASEWORKER, at.code())).isInstanceOf(NotFoundException.class);
		assertThat(TestSecurity
			.as(OTHER_SUPERVISOR, "SUPERVISOR",
					() -> this.supervision.assign(at.code(), moved.version(), this.teams.idOf(OTHER_TEAMS_CASEWORKER),
							Set.of()))
			.caseworkers()).extracting(Caseworker::name).containsExactly(OTHER_TEAMS_CASEWORKER);
	}

	@Test
	void a_transfer_is_decided_only_by_a_supervisor_of_the_receiving_team() {
		Case at = breakGlassOpenedOnANewCase();
		UUID transfer = asTeamSupervisor(() -> this.supervision.requestTransfer(at.code(), otherTeam));

		assertThatThrownBy(() -> TestSecurity.as(Relation.REPORT_ONLY_SUPERVISOR.username, "SUPERVISOR", () -> {
			this.supervision.refuseTransfer(transfer);
			return null;
		})).isInstanceOf(NotFoundException.class);
		TestSecurity.as(OTHER_SUPERVISOR, "SUPERVISOR", () -> {
			this.supervision.refuseTransfer(transfer);
			return null;
		});

		assertThat(asTeamSupervisor(() -> this.supervision.overview(at.code())).team()).isEqualTo(team);
	}

	/** A new case of the team, by its caseworker, opened by break-glass by another. */
	private Case breakGlassOpenedOnANewCase() {
		CaseCode code = this.fixtures.takenInBy(CASEWORKER, TestIdentities.identity("Ife", "Ade", null, null, null));
		this.fixtures.breakGlass(BREAK_GLASS_CASEWORKER, code);
		UUID grant = this.jdbc.queryForObject("""
				select g.id from break_glass_grant g join case_file c on c.id = g.case_id where c.code = ?""",
				UUID.class, code.value());
		return new Case(code, grant);
	}

	/** The case's caseworker asks for the person's erasure; returns the request. */
	private UUID erasureAsked(CaseCode code) {
		this.fixtures.erasureAskedBy(CASEWORKER, code, ErasureReason.RECORDED_IN_ERROR);
		return this.jdbc.queryForObject("""
				select r.id from erasure_request r join case_file c on c.id = r.case_id
				where c.code = ? and r.decision is null""", UUID.class, code.value());
	}

	/**
	 * The other team's caseworker checks an intake of a person whom a new case of the
	 * team is for: a follow-up opens, concerning that case only.
	 */
	private FollowUp anotherTeamsDuplicateCheckMatchedANewCase() {
		Identity person = TestIdentities.identity(TestIdentities.letters(), TestIdentities.letters(), null,
				"+234 808 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000)), null);
		CaseCode code = this.fixtures.takenInBy(CASEWORKER, person);
		this.fixtures.duplicatesFor(OTHER_TEAMS_CASEWORKER, person);
		UUID followUp = this.jdbc.queryForObject("""
				select d.id from possible_duplicate d, case_file c
				where c.code = ? and d.closed_at is null and d.persons = c.person_code""", UUID.class, code.value());
		return new FollowUp(followUp, code);
	}

	/**
	 * Asked for with baseline and endline recorded, so that approving it needs no reason.
	 */
	private void closureRequested(CaseCode code) {
		this.assessed.assessedAtBaselineAndEndline(CASEWORKER, code);
		long version = this.fixtures.open(CASEWORKER, code).version();
		TestSecurity.as(CASEWORKER, "CASEWORKER",
				() -> this.cases.requestClosure(code, version, Closure.Outcome.GOALS_ACHIEVED));
	}

	private CaseCode completedBy(String caseworker, DraftId draft, long version, UUID team) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.intake.complete(draft, version, team, null, true));
	}

	private <T> T asTeamSupervisor(Supplier<T> action) {
		return TestSecurity.as(Relation.TEAM_SUPERVISOR.username, "SUPERVISOR", action);
	}

	private void account(String username, Role role) {
		if (this.directory.idOf(username).isEmpty()) {
			TestSecurity.asAdministrator(
					() -> this.accounts.createAccount(new NewUserAccount(username, username, Set.of(role), PASSWORD)));
		}
	}

	private long lastAuditSeq() {
		return AuditRefusals.lastSeq(this.jdbc);
	}

	private long refusalsAfter(long seq) {
		return AuditRefusals.after(this.jdbc, seq);
	}

	/** A list left the case out: what a refusal looks like in a list. */
	private static Object present(boolean listed) {
		return listed ? Boolean.TRUE : Absent.ABSENT;
	}

	enum Absent {

		ABSENT

	}

	record Case(CaseCode code, UUID grant) {
	}

	record FollowUp(UUID id, CaseCode code) {
	}

}
