package org.haven.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.access.AccountDirectory;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators lay the organisation out: offices, their teams, who is a member of a
 * team (caseworkers) and who supervises it (supervisors), acting supervision for a
 * colleague on leave and report scopes. A supervisor reads their own teams and may hand
 * their teams to a colleague while on leave. Every change is an event in the audit trail
 * and a revision in the change history. Only enabled accounts that hold the role join:
 * caseworkers as members, supervisors as supervisors.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OrganisationService {

	static final int MAX_NAME_LENGTH = 120;

	/** The longest an acting supervision runs. */
	public static final Duration ACTING_AT_MOST = Duration.ofDays(90);

	static final String TEAM = "team";

	static final String OFFICE = "office";

	private final OfficeEntries offices;

	private final TeamEntries teams;

	private final ActingSupervisionEntries acting;

	private final ReportScopeEntries scopes;

	private final Teams teamQueries;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationService(OfficeEntries offices, TeamEntries teams, ActingSupervisionEntries acting,
			ReportScopeEntries scopes, Teams teamQueries, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.offices = offices;
		this.teams = teams;
		this.acting = acting;
		this.scopes = scopes;
		this.teamQueries = teamQueries;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Every office, by name. */
	@Transactional(readOnly = true)
	public List<Office> offices() {
		return this.offices.findAll()
			.stream()
			.map(OfficeEntry::toOffice)
			.sorted(Comparator.comparing(Office::name))
			.toList();
	}

	/** Every team, by office and name, with members and supervisors. */
	@Transactional(readOnly = true)
	public List<TeamOverview> teams() {
		return overviews(this.teams.findAll());
	}

	public Office createOffice(String name) {
		Problems problems = new Problems();
		String checked = problems.text("name", name, MAX_NAME_LENGTH, true);
		if (!problems.hasProblemWith("name") && this.offices.existsByNameIgnoreCase(checked)) {
			problems.add("name", "organisation.office.name-taken");
		}
		problems.throwIfAny();
		OfficeEntry office = this.offices.saveAndFlush(new OfficeEntry(UUID.randomUUID(), checked, now()));
		this.events.publishEvent(new OfficeCreated(office.id()));
		return office.toOffice();
	}

	public TeamOverview createTeam(UUID office, String name) {
		Problems problems = new Problems();
		String checked = problems.text("name", name, MAX_NAME_LENGTH, true);
		if (office == null || !this.offices.existsById(office)) {
			problems.add("office", "validation.required");
		}
		else if (!problems.hasProblemWith("name") && this.teams.existsByOfficeIdAndNameIgnoreCase(office, checked)) {
			problems.add("name", "organisation.team.name-taken");
		}
		problems.throwIfAny();
		TeamEntry team = this.teams.saveAndFlush(new TeamEntry(UUID.randomUUID(), office, checked, now()));
		this.events.publishEvent(new TeamCreated(team.id(), office));
		return overviews(List.of(team)).getFirst();
	}

	/** Makes the caseworker a member of the team; nothing happens when they are one. */
	public TeamOverview addMember(UUID team, UUID caseworker) {
		requireHolder(caseworker, Role.CASEWORKER, "organisation.member.not-a-caseworker");
		return change(team, entry -> entry.addMember(caseworker), new TeamMemberAdded(team, caseworker));
	}

	public TeamOverview removeMember(UUID team, UUID caseworker) {
		return change(team, entry -> entry.removeMember(caseworker), new TeamMemberRemoved(team, caseworker));
	}

	/** Makes the supervisor one of the team's; nothing happens when they are one. */
	public TeamOverview addSupervisor(UUID team, UUID supervisor) {
		requireHolder(supervisor, Role.SUPERVISOR, "organisation.supervisor.not-a-supervisor");
		return change(team, entry -> entry.addSupervisor(supervisor), new TeamSupervisorAdded(team, supervisor));
	}

	public TeamOverview removeSupervisor(UUID team, UUID supervisor) {
		return change(team, entry -> entry.removeSupervisor(supervisor), new TeamSupervisorRemoved(team, supervisor));
	}

	/** Caseworkers who may become members of a team. */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkers() {
		return this.accounts.enabledWithRole(Role.CASEWORKER);
	}

	/**
	 * Supervisors who may supervise a team, act for a colleague or hold a report scope.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
	@Transactional(readOnly = true)
	public List<StaffMember> supervisors() {
		return this.accounts.enabledWithRole(Role.SUPERVISOR);
	}

	/**
	 * Lets {@code acting} hold the teams of {@code forSupervisor} from now until the end
	 * of {@code lastDay}, at most {@link #ACTING_AT_MOST} away; it ends by itself.
	 * Granted by an administrator, or by the supervisor who will be away.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
	public ActingSupervision grantActingSupervision(UUID acting, UUID forSupervisor, LocalDate lastDay) {
		UUID me = this.accounts.signedInAccount();
		if (!CurrentUser.roles().contains(Role.ADMIN) && !me.equals(forSupervisor)) {
			throw new InvalidInputException(Problem.of("forSupervisor", "organisation.acting.only-for-yourself"));
		}
		Instant now = now();
		Problems problems = new Problems();
		if (acting == null || forSupervisor == null) {
			problems.add(acting == null ? "acting" : "forSupervisor", "validation.required");
		}
		else if (acting.equals(forSupervisor)) {
			problems.add("acting", "organisation.acting.not-oneself");
		}
		else if (!holds(acting, Role.SUPERVISOR)) {
			problems.add("acting", "organisation.supervisor.not-a-supervisor");
		}
		Instant endsAt = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		if (endsAt == null) {
			problems.add("lastDay", "validation.required");
		}
		else if (!endsAt.isAfter(now)) {
			problems.add("lastDay", "organisation.acting.in-the-past");
		}
		else if (endsAt.isAfter(now.plus(ACTING_AT_MOST))) {
			problems.add("lastDay", "organisation.acting.too-long");
		}
		problems.throwIfAny();
		ActingSupervisionEntry granted = this.acting
			.saveAndFlush(new ActingSupervisionEntry(UUID.randomUUID(), acting, forSupervisor, now, endsAt, me));
		this.events.publishEvent(new ActingSupervisionGranted(granted.id(), acting, forSupervisor, endsAt));
		return granted.toActingSupervision(now);
	}

	/**
	 * Ends an acting supervision now: by an administrator or the supervisor it stands in
	 * for.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
	public void endActingSupervision(UUID grant) {
		ActingSupervisionEntry entry = this.acting.findById(grant)
			.filter(found -> CurrentUser.roles().contains(Role.ADMIN)
					|| found.forSupervisor().equals(this.accounts.signedInAccount()))
			.orElseThrow(() -> new NotFoundException("acting supervision"));
		if (!entry.end(now())) {
			throw new InvalidInputException(Problem.ofForm("organisation.acting.already-over"));
		}
		this.acting.saveAndFlush(entry);
		this.events.publishEvent(new ActingSupervisionEnded(grant, entry.acting(), entry.forSupervisor()));
	}

	/** Every acting supervision still running; for a supervisor, those for or by them. */
	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SUPERVISOR + "')")
	@Transactional(readOnly = true)
	public List<ActingSupervision> runningActingSupervisions() {
		Instant now = now();
		boolean admin = CurrentUser.roles().contains(Role.ADMIN);
		UUID me = this.accounts.signedInAccount();
		return this.acting.findAll()
			.stream()
			.filter(entry -> entry.runsAt(now))
			.filter(entry -> admin || entry.acting().equals(me) || entry.forSupervisor().equals(me))
			.map(entry -> entry.toActingSupervision(now))
			.sorted(Comparator.comparing(ActingSupervision::endsAt))
			.toList();
	}

	/**
	 * Lets the supervisor's reports count an office or the whole organisation; it gives
	 * no access to any case.
	 */
	public void grantReportScope(UUID supervisor, ReportScope scope) {
		requireHolder(supervisor, Role.SUPERVISOR, "organisation.supervisor.not-a-supervisor");
		if (scope == null || (scope.reach() == ReportReach.OFFICE
				&& (scope.office() == null || !this.offices.existsById(scope.office())))) {
			throw new InvalidInputException(Problem.of("scope", "validation.required"));
		}
		UUID me = this.accounts.signedInAccount();
		ReportScopeEntry entry = this.scopes.findById(supervisor).orElse(null);
		if (entry == null) {
			entry = new ReportScopeEntry(supervisor, scope, me, now());
		}
		else {
			entry.change(scope, me, now());
		}
		this.scopes.saveAndFlush(entry);
		this.events.publishEvent(new ReportScopeGranted(supervisor, scope));
	}

	public void withdrawReportScope(UUID supervisor) {
		ReportScopeEntry entry = this.scopes.findById(supervisor)
			.orElseThrow(() -> new NotFoundException("report scope"));
		this.scopes.delete(entry);
		this.scopes.flush();
		this.events.publishEvent(new ReportScopeWithdrawn(supervisor));
	}

	/** The report scopes granted, by supervisor. */
	@Transactional(readOnly = true)
	public Map<UUID, ReportScope> reportScopes() {
		return this.scopes.findAll()
			.stream()
			.collect(Collectors.toMap(ReportScopeEntry::account, ReportScopeEntry::toScope));
	}

	/** The teams the signed-in supervisor holds now, with their members. */
	@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
	@Transactional(readOnly = true)
	public List<TeamOverview> supervisedTeams() {
		return overviews(this.teams.findAllById(this.teamQueries.supervisedBy(this.accounts.signedInAccount())));
	}

	private TeamOverview change(UUID team, Function<TeamEntry, Boolean> change, OrganisationEvent event) {
		TeamEntry entry = this.teams.findById(team).orElseThrow(() -> new NotFoundException(TEAM));
		if (change.apply(entry)) {
			try {
				entry = this.teams.saveAndFlush(entry);
			}
			catch (OptimisticLockingFailureException conflict) {
				throw new ConflictException(TEAM);
			}
			this.events.publishEvent(event);
		}
		return overviews(List.of(entry)).getFirst();
	}

	private List<TeamOverview> overviews(List<TeamEntry> entries) {
		Map<UUID, String> officeNames = this.offices.findAll()
			.stream()
			.collect(Collectors.toMap(OfficeEntry::id, OfficeEntry::name));
		Set<UUID> people = entries.stream()
			.flatMap(entry -> Stream.concat(entry.members().stream(), entry.supervisors().stream()))
			.collect(Collectors.toSet());
		Map<UUID, String> names = people.isEmpty() ? Map.of() : this.accounts.usernamesOf(people);
		return entries.stream()
			.map(entry -> new TeamOverview(entry.id(), entry.name(), entry.officeId(),
					officeNames.getOrDefault(entry.officeId(), "?"), staff(entry.members(), names),
					staff(entry.supervisors(), names)))
			.sorted(Comparator.comparing(TeamOverview::officeName).thenComparing(TeamOverview::name))
			.toList();
	}

	private static List<StaffMember> staff(Set<UUID> ids, Map<UUID, String> names) {
		return ids.stream()
			.map(id -> new StaffMember(id, names.getOrDefault(id, "?"), null))
			.sorted(Comparator.comparing(StaffMember::username))
			.toList();
	}

	private void requireHolder(UUID account, Role role, String messageKey) {
		if (account == null || !holds(account, role)) {
			throw new InvalidInputException(Problem.of("account", messageKey));
		}
	}

	private boolean holds(UUID account, Role role) {
		return this.accounts.enabledWithRole(role).stream().anyMatch(member -> member.id().equals(account));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
