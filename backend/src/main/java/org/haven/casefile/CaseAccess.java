package org.haven.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.haven.access.AccountDirectory;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.organisation.ReportScopes;
import org.haven.organisation.Teams;
import org.haven.person.PersonAccess;
import org.haven.person.PersonCode;
import org.haven.shared.AccessRefused;
import org.haven.shared.NotFoundException;
import org.haven.shared.PseudonymousId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: a caseworker works on a case when assigned to it, or reads it for the
 * hour after a break-glass opening. Anything else looks like no case at all, and the
 * refusal is recorded. Only an assigned caseworker changes a case: break-glass is
 * read-only and leaves nothing behind once it ends. Persons follow their cases: a
 * caseworker may know of a person when they may work on one of the person's cases, and
 * change the person's record when assigned to one; supervisors see the coded profile of
 * every person who has a case. The person module's duplicate check runs only while the
 * intake checks one of the caseworker's drafts. Only sealed rows count (see
 * {@link CaseSeals}): a case whose link to its person, an assignment or a grant that was
 * written outside Haven grants nothing, and is reported as an integrity finding.
 */
@Component
class CaseAccess implements PersonAccess {

	static final String CASE = "case";

	static final String READ_ONLY = "case.break-glass.read-only";

	/** The intake draft whose duplicate check runs on this thread, if one does. */
	private static final ThreadLocal<DraftId> CHECKING_DUPLICATES = new ThreadLocal<>();

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final AccountDirectory accounts;

	private final Teams teams;

	private final ReportScopes reportScopes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseAccess(CaseFileRepository cases, CaseSeals seals, BreakGlassGrants grants, ErasureRequests erasures,
			AccountDirectory accounts, Teams teams, ReportScopes reportScopes, Clock clock,
			ApplicationEventPublisher events) {
		this.teams = teams;
		this.reportScopes = reportScopes;
		this.cases = cases;
		this.seals = seals;
		this.grants = grants;
		this.erasures = erasures;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The signed-in member of staff's account id. */
	UUID me() {
		return this.accounts.signedInAccount();
	}

	/**
	 * The case, when the signed-in caseworker may work on it; otherwise "not found",
	 * recorded.
	 */
	CaseFile forWork(CaseCode code, String action) {
		Optional<CaseFile> found = this.cases.findByCode(code.value());
		if (found.isEmpty() || !CurrentUser.roles().contains(Role.CASEWORKER) || !mayWorkOn(found.get())) {
			throw refused(code, action);
		}
		return found.get();
	}

	/**
	 * The case, when the signed-in caseworker is assigned to it; one they read by
	 * break-glass is refused as read-only, recorded.
	 */
	CaseFile forChange(CaseCode code, String action) {
		return forChange(code, action, READ_ONLY);
	}

	/** As {@link #forChange(CaseCode, String)}, saying why with the given message. */
	CaseFile forChange(CaseCode code, String action, String messageKey) {
		CaseFile file = forWork(code, action);
		if (!isAssigned(file, me())) {
			throw refusal(code, action + ":break-glass-read-only", messageKey);
		}
		return file;
	}

	/**
	 * The case, for a supervisor's decision; a missing one is recorded like a refusal. A
	 * case whose link to its person fails its seal counts as missing: a decision would
	 * seal it again.
	 */
	CaseFile forSupervision(CaseCode code, String action) {
		Set<UUID> held = supervisedTeams();
		return this.cases.findByCode(code.value())
			.filter(this.seals::intact)
			.filter(file -> held.contains(file.teamId()))
			.orElseThrow(() -> refused(code, action));
	}

	/**
	 * The teams the signed-in supervisor holds now: theirs, and a colleague's they act
	 * for. Their decisions and lists reach these teams' cases only.
	 */
	Set<UUID> supervisedTeams() {
		return this.teams.supervisedBy(me());
	}

	/**
	 * Whether the account is a member of the case's team, and so may be assigned to it.
	 */
	boolean memberOfTeam(CaseFile file, UUID account) {
		return this.teams.isMember(file.teamId(), account);
	}

	/** A case to open by break-glass: one whose link to its person is Haven's own. */
	Optional<CaseFile> existing(CaseCode code) {
		return this.cases.findByCode(code.value()).filter(this.seals::intact);
	}

	boolean mayWorkOn(CaseFile file) {
		return mayWorkOn(file, me());
	}

	boolean mayWorkOn(CaseFile file, UUID account) {
		return this.seals.intact(file)
				&& (isAssigned(file, account) || this.grants.active(file, account, this.clock.instant()));
	}

	/** Whether the case's link to its person carries its seal; a failure is reported. */
	boolean intact(CaseFile file) {
		return this.seals.intact(file);
	}

	/** Whether a sealed assignment gives the account the case. */
	boolean isAssigned(CaseFile file, UUID account) {
		return this.seals.isAssigned(file, account);
	}

	/** The assignments that carry their seal, primary first. */
	List<Assignment> assignments(CaseFile file) {
		return this.seals.assignments(file);
	}

	NotFoundException refused(CaseCode code, String action) {
		this.events.publishEvent(new AccessRefused(CASE + ":" + action, code));
		return new NotFoundException(CASE);
	}

	/**
	 * Records that the user was refused {@code what} on a record they may see, and
	 * returns the refusal to throw, worded by {@code messageKey}.
	 */
	ActionRefused refusal(PseudonymousId subject, String what, String messageKey) {
		this.events.publishEvent(new AccessRefused(CASE + ":" + what, subject));
		return new ActionRefused(messageKey);
	}

	@Override
	public Set<PersonCode> permitted(Collection<PersonCode> persons) {
		if (persons.isEmpty() || !CurrentUser.roles().contains(Role.CASEWORKER)) {
			return Set.of();
		}
		UUID me = me();
		Set<PersonCode> permitted = new HashSet<>();
		List<CaseFile> unassigned = new ArrayList<>();
		for (CaseFile file : intactCasesOf(persons)) {
			if (isAssigned(file, me)) {
				permitted.add(file.person());
			}
			else {
				unassigned.add(file);
			}
		}
		this.grants.activeAmong(unassigned, me, this.clock.instant()).forEach(file -> permitted.add(file.person()));
		return permitted;
	}

	@Override
	public Set<PersonCode> changesPermitted(Collection<PersonCode> persons) {
		if (persons.isEmpty() || !CurrentUser.roles().contains(Role.CASEWORKER)) {
			return Set.of();
		}
		UUID me = me();
		Set<PersonCode> permitted = new HashSet<>();
		intactCasesOf(persons).stream()
			.filter(file -> isAssigned(file, me))
			.forEach(file -> permitted.add(file.person()));
		return permitted;
	}

	/**
	 * A supervisor sees the profiles of the persons of a case in a team they supervise or
	 * their reports count; a caseworker those of her cases.
	 */
	@Override
	public Set<PersonCode> profilesPermitted(Collection<PersonCode> persons) {
		Set<PersonCode> permitted = new HashSet<>();
		if (persons.isEmpty()) {
			return permitted;
		}
		Set<Role> roles = CurrentUser.roles();
		if (roles.contains(Role.SUPERVISOR)) {
			// the teams their reports count hold the teams they supervise
			this.cases
				.personCodesWithCasesIn(persons.stream().map(PersonCode::value).toList(),
						this.reportScopes.teamsOfSignedInUser())
				.forEach(code -> permitted.add(new PersonCode(code)));
		}
		if (roles.contains(Role.CASEWORKER)) {
			permitted.addAll(permitted(persons.stream().filter(person -> !permitted.contains(person)).toList()));
		}
		return permitted;
	}

	/** The cases of these persons whose link to their person carries its seal. */
	private List<CaseFile> intactCasesOf(Collection<PersonCode> persons) {
		return this.cases.findByPersonCodeIn(persons.stream().map(PersonCode::value).distinct().toList())
			.stream()
			.filter(this.seals::intact)
			.toList();
	}

	@Override
	public boolean permitsErasure(PersonCode person) {
		return CurrentUser.roles().contains(Role.SUPERVISOR) && this.erasures.approvedBy(person, me());
	}

	/**
	 * Runs the person module's duplicate check for one of the caseworker's own drafts:
	 * the only way to run it ({@link #permitsDuplicateCheck()}).
	 */
	<T> T checkingDuplicatesOf(DraftId draft, Supplier<T> check) {
		CHECKING_DUPLICATES.set(draft);
		try {
			return check.get();
		}
		finally {
			CHECKING_DUPLICATES.remove();
		}
	}

	@Override
	public boolean permitsDuplicateCheck() {
		return CHECKING_DUPLICATES.get() != null && CurrentUser.roles().contains(Role.CASEWORKER);
	}

}
