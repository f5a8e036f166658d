package org.haven.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.haven.access.AccountDirectory;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.crypto.FieldEncryption;
import org.haven.organisation.Teams;
import org.haven.person.PersonService;
import org.haven.platform.Days;
import org.haven.shared.AccessRefused;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors do, on the cases of the teams they hold ({@link Teams#supervisedBy}):
 * see each case by its code with status, caseworkers, dates and the person's coded
 * profile; assign caseworkers; decide on closure and erasure requests, and erase or keep
 * closed cases whose retention period ended; review break-glass openings and end them
 * early; follow up duplicate checks that matched outside the caseworker's own cases.
 * Nothing here reads identity or notes, except a break-glass explanation revealed one at
 * a time and recorded. Nobody decides on their own work: a supervisor who is also a
 * caseworker does not assign themselves, approve their own request, nor review or end
 * their own break-glass; each refusal is recorded. Cases and assignments count only with
 * their seals: a case whose link to its person fails is left out of the lists and refused
 * for decisions, an assignment that fails is not shown. A case moves to another team when
 * a supervisor of its team asks and one of the receiving team accepts.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class CaseSupervision {

	private final CaseAccess access;

	private final CaseLists caseLists;

	private final SupervisionLists lists;

	private final PersonService persons;

	private final AccountDirectory accounts;

	private final FieldEncryption encryption;

	private final Clock clock;

	private final CaseEdits edits;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final PossibleDuplicates duplicates;

	private final ApplicationEventPublisher events;

	private final RetentionPeriods retention;

	private final ClosureGate readiness;

	private final Teams teams;

	private final CaseTransfers transfers;

	CaseSupervision(CaseAccess access, CaseLists caseLists, SupervisionLists lists, PersonService persons,
			AccountDirectory accounts, FieldEncryption encryption, Clock clock, CaseEdits edits,
			BreakGlassGrants grants, ErasureRequests erasures, PossibleDuplicates duplicates,
			ApplicationEventPublisher events, RetentionPeriods retention, ClosureGate readiness, Teams teams,
			CaseTransfers transfers) {
		this.teams = teams;
		this.transfers = transfers;
		this.retention = retention;
		this.readiness = readiness;
		this.access = access;
		this.caseLists = caseLists;
		this.lists = lists;
		this.persons = persons;
		this.accounts = accounts;
		this.encryption = encryption;
		this.clock = clock;
		this.edits = edits;
		this.grants = grants;
		this.erasures = erasures;
		this.duplicates = duplicates;
		this.events = events;
	}

	/**
	 * Cases, most recently changed first, a page of them and how many in all; a case
	 * whose link to its person fails its seal is left out of the page.
	 */
	@Transactional(readOnly = true)
	public Page<CaseOverview> cases(SupervisorQuery query, Pageable page) {
		Page<CaseFile> files = this.caseLists.supervised(query, this.access.supervisedTeams(), page);
		return new PageImpl<>(this.lists.overviews(files.getContent()), files.getPageable(), files.getTotalElements());
	}

	@Transactional(readOnly = true)
	public CaseOverview overview(CaseCode code) {
		return this.lists.overviews(List.of(this.access.forSupervision(code, "overview"))).getFirst();
	}

	/**
	 * Caseworkers whom this supervisor can assign to cases of their teams: members of one
	 * of those teams, never the supervisor themselves.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkers() {
		Set<UUID> members = new HashSet<>();
		this.access.supervisedTeams().forEach(team -> members.addAll(this.teams.membersOf(team)));
		return assignable(members);
	}

	/** Caseworkers whom this supervisor can assign to the case: members of its team. */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkersFor(CaseCode code) {
		return assignable(this.teams.membersOf(this.access.forSupervision(code, "caseworkers").teamId()));
	}

	private List<StaffMember> assignable(Set<UUID> members) {
		UUID me = this.access.me();
		return this.accounts.enabledWithRole(Role.CASEWORKER)
			.stream()
			.filter(member -> members.contains(member.id()) && !member.id().equals(me))
			.toList();
	}

	/**
	 * Sets the caseworkers of a case, members of its team; a supervisor never among them.
	 */
	public CaseOverview assign(CaseCode code, long expectedVersion, UUID primary, Set<UUID> secondaries) {
		Set<UUID> members = this.teams.membersOf(this.access.forSupervision(code, "assign").teamId());
		Set<UUID> caseworkers = new HashSet<>();
		this.accounts.enabledWithRole(Role.CASEWORKER)
			.stream()
			.filter(member -> members.contains(member.id()))
			.forEach(member -> caseworkers.add(member.id()));
		List<Problem> problems = new ArrayList<>();
		if (primary != null && !caseworkers.contains(primary)) {
			problems.add(Problem.of("primary", "case.assign.not-in-team"));
		}
		if (secondaries != null && !caseworkers.containsAll(secondaries)) {
			problems.add(Problem.of("secondaries", "case.assign.not-in-team"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID me = this.access.me();
		if (me.equals(primary) || (secondaries != null && secondaries.contains(me))) {
			throw this.access.refusal(code, "assign:own-work", "case.assign.not-yourself");
		}
		return decide(code, expectedVersion, "assign",
				file -> file.assign(primary, secondaries == null ? Set.of() : secondaries, this.clock.instant()));
	}

	/**
	 * Closes the case as its caseworker asked; a request flagged with concerns
	 * ({@link #closureConcerns}) is approved only with a reason
	 * ({@link #approveClosureDespiteConcerns}).
	 */
	public CaseOverview approveClosure(CaseCode code, long expectedVersion) {
		UUID me = this.access.me();
		CaseFile file = refuseOwnClosureRequest(code, "approve-closure", me);
		if (!this.readiness.concernsOf(file).isEmpty()) {
			throw new InvalidInputException(Problem.of("reason", "supervision.closure.concerns-need-reason"));
		}
		return decide(code, expectedVersion, "approve-closure",
				decided -> decided.approveClosure(me, this.clock.instant()));
	}

	/**
	 * Closes a flagged case nonetheless, for a coded reason; the reason and the concerns
	 * are recorded with the case and in the audit trail.
	 */
	public CaseOverview approveClosureDespiteConcerns(CaseCode code, long expectedVersion,
			Closure.ConcernsOverridden reason) {
		if (reason == null) {
			throw new InvalidInputException(Problem.of("reason", "validation.required"));
		}
		UUID me = this.access.me();
		CaseFile file = refuseOwnClosureRequest(code, "approve-closure", me);
		List<ClosureConcern> concerns = this.readiness.concernsOf(file);
		CaseOverview approved = decide(code, expectedVersion, "approve-closure",
				decided -> decided.approveClosure(me, this.clock.instant()));
		if (!concerns.isEmpty()) {
			this.readiness.recordOverride(file, concerns, reason, me, this.clock.instant());
			this.events.publishEvent(new ClosureApprovedDespiteConcerns(code, concerns, reason));
		}
		return approved;
	}

	/**
	 * What the modules around the case find missing before it closes: codes only, for the
	 * supervisor deciding on its closure request.
	 */
	@Transactional(readOnly = true)
	public List<ClosureConcern> closureConcerns(CaseCode code) {
		return this.readiness.concernsOf(this.access.forSupervision(code, "closure-concerns"));
	}

	public CaseOverview returnClosure(CaseCode code, long expectedVersion, Closure.ReturnReason reason) {
		refuseOwnClosureRequest(code, "return-closure", this.access.me());
		return decide(code, expectedVersion, "return-closure",
				file -> file.returnClosure(reason, this.clock.instant()));
	}

	/** Break-glass openings, newest first; explanations stay hidden until revealed. */
	@Transactional(readOnly = true)
	public Page<BreakGlassRecord> breakGlassOpenings(Pageable page) {
		return this.lists.breakGlassRecords(this.grants.page(page, this.access.supervisedTeams()));
	}

	/** Openings still running or not reviewed yet: what supervisors have to look at. */
	@Transactional(readOnly = true)
	public int countBreakGlassToLookAt() {
		return this.grants.countActiveOrUnreviewed(this.clock.instant(), this.access.supervisedTeams());
	}

	/**
	 * What the caseworker wrote to explain an opening: free text that may name the
	 * person, so each reading is recorded like an identity read.
	 */
	@RevealsIdentity(fields = "break-glass explanation")
	@Transactional(readOnly = true)
	public BreakGlassExplanation revealBreakGlassExplanation(CaseCode code, UUID grant) {
		BreakGlassGrant found = grantOf(code, grant, "reveal-break-glass-explanation");
		if (found.explanation() == null) {
			return new BreakGlassExplanation(null);
		}
		return new BreakGlassExplanation(this.encryption.existingCipherFor(found.caseId())
			.map(cipher -> cipher.decrypt(BreakGlassGrant.field(found.id()), found.explanation()))
			.orElse(null));
	}

	/** Ends a caseworker's break-glass access now; from then on it gives no access. */
	public void endBreakGlass(CaseCode code, UUID grant) {
		BreakGlassGrant found = grantOf(code, grant, "end-break-glass");
		UUID me = this.access.me();
		if (found.accountId().equals(me)) {
			throw this.access.refusal(code, "end-break-glass:own-grant", "supervision.break-glass.own");
		}
		if (!this.grants.end(grant, me, this.clock.instant())) {
			throw new InvalidInputException(Problem.ofForm("supervision.break-glass.already-over"));
		}
		this.events.publishEvent(new BreakGlassEnded(code, grant, found.accountId()));
	}

	/** Marks an opening reviewed: looked at, with its reason and explanation. */
	public void reviewBreakGlass(CaseCode code, UUID grant) {
		BreakGlassGrant found = grantOf(code, grant, "review-break-glass");
		UUID me = this.access.me();
		if (found.accountId().equals(me)) {
			throw this.access.refusal(code, "review-break-glass:own-grant", "supervision.break-glass.own");
		}
		if (!this.grants.review(grant, me, this.clock.instant())) {
			throw new InvalidInputException(Problem.ofForm("supervision.break-glass.already-reviewed"));
		}
		this.events.publishEvent(new BreakGlassReviewed(code, grant, found.accountId()));
	}

	/** Teams a case of this supervisor's teams may move to: every other team. */
	@Transactional(readOnly = true)
	public List<Teams.TeamName> transferTargets(CaseCode code) {
		CaseFile file = this.access.forSupervision(code, "transfer-targets");
		return this.teams.all().stream().filter(team -> !team.id().equals(file.teamId())).toList();
	}

	/**
	 * Asks a supervisor of another team, of this office or another, to take the case; it
	 * moves when they accept ({@link #acceptTransfer}).
	 */
	public UUID requestTransfer(CaseCode code, UUID toTeam) {
		CaseFile file = this.access.forSupervision(code, "request-transfer");
		if (toTeam == null || !this.teams.exists(toTeam)) {
			throw new InvalidInputException(Problem.of("team", "validation.required"));
		}
		if (toTeam.equals(file.teamId())) {
			throw new InvalidInputException(Problem.of("team", "supervision.transfer.same-team"));
		}
		UUID transfer = this.transfers.request(file, toTeam, this.access.me(), this.clock.instant())
			.orElseThrow(() -> new InvalidInputException(Problem.ofForm("supervision.transfer.already-waiting")));
		this.events.publishEvent(new CaseTransferRequested(file.code(), transfer, file.teamId(), toTeam));
		return transfer;
	}

	/**
	 * Transfers from or to this supervisor's teams, waiting for a decision, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<CaseTransferRecord> waitingTransfers() {
		Set<UUID> held = this.access.supervisedTeams();
		return this.lists.transferRecords(this.transfers.waitingAmong(held), held, this.access.me());
	}

	/**
	 * Takes the case into the receiving team, for a supervisor of it who did not ask: its
	 * caseworkers stay only when members of that team ({@link CaseFile#transferTo}).
	 */
	public CaseOverview acceptTransfer(UUID transfer) {
		CaseTransfers.Waiting waiting = transferToDecide(transfer, "accept-transfer");
		CaseFile file = this.access.existing(waiting.code())
			.filter(found -> found.id().equals(waiting.caseId()) && found.teamId().equals(waiting.fromTeam()))
			.orElseThrow(() -> this.access.refused(waiting.code(), "accept-transfer"));
		if (!this.transfers.decide(transfer, true, this.access.me(), this.clock.instant())) {
			throw new ConflictException("transfer");
		}
		Set<UUID> members = this.teams.membersOf(waiting.toTeam());
		CaseFile moved = this.edits.apply(file, file.version(),
				changed -> changed.transferTo(waiting.toTeam(), members::contains, this.clock.instant()));
		return this.lists.overviews(List.of(moved)).getFirst();
	}

	/** Leaves the case where it is, for a supervisor of the receiving team. */
	public void refuseTransfer(UUID transfer) {
		CaseTransfers.Waiting waiting = transferToDecide(transfer, "refuse-transfer");
		if (!this.transfers.decide(transfer, false, this.access.me(), this.clock.instant())) {
			throw new ConflictException("transfer");
		}
		this.events.publishEvent(new CaseTransferRefused(waiting.code(), transfer, waiting.toTeam()));
	}

	/**
	 * The waiting transfer, when the signed-in supervisor holds the receiving team and
	 * did not ask for it; anything else is "not found", recorded.
	 */
	private CaseTransfers.Waiting transferToDecide(UUID transfer, String action) {
		CaseTransfers.Waiting waiting = this.transfers.waiting(transfer).orElseThrow(() -> missing(action));
		if (!this.access.supervisedTeams().contains(waiting.toTeam())) {
			throw this.access.refused(waiting.code(), action);
		}
		if (waiting.requestedBy().equals(this.access.me())) {
			throw this.access.refusal(waiting.code(), action + ":own-request", "supervision.transfer.own-request");
		}
		return waiting;
	}

	/**
	 * Erasures asked for on cases of the supervisor's teams and not decided yet, oldest
	 * first: by caseworkers, and by the retention period of closed cases.
	 */
	@Transactional(readOnly = true)
	public Page<ErasureRequestRecord> erasureRequests(Pageable page) {
		return this.lists.erasureRecords(this.erasures.page(page, this.access.supervisedTeams()));
	}

	@Transactional(readOnly = true)
	public int countErasureRequests() {
		return this.erasures.count(this.access.supervisedTeams());
	}

	/**
	 * Approves an erasure that someone else asked for, and erases the person's identity
	 * for good (the person's and their cases' keys are destroyed).
	 */
	public void approveErasure(UUID request) {
		ErasureRequests.Waiting waiting = decideErasure(request, "approve-erasure", ErasureRequests.Decision.APPROVED);
		this.events.publishEvent(new ErasureApproved(waiting.code(), waiting.reason(), waiting.requestedBy()));
		this.persons.erase(waiting.person(), waiting.reason());
	}

	/**
	 * Refuses an erasure that someone else asked for; nothing is erased. One asked for by
	 * the retention period is not refused: it is decided by erasing or by keeping the
	 * case ({@link #keepPastRetention}).
	 */
	public void refuseErasure(UUID request) {
		ErasureRequests.Waiting waiting = waitingErasure(request, "refuse-erasure");
		if (waiting.ofRetention()) {
			throw new InvalidInputException(Problem.ofForm("supervision.retention.erase-or-keep"));
		}
		decide(waiting, ErasureRequests.Decision.REFUSED);
		this.events.publishEvent(new ErasureRefused(waiting.code(), waiting.reason(), waiting.requestedBy()));
	}

	/**
	 * Keeps a case whose retention period ended instead of erasing the person: for a
	 * coded reason, until a day after today and at most
	 * {@code haven.retention.keep-at-most} away. Nothing is erased; after that day the
	 * case is due again.
	 */
	public void keepPastRetention(UUID request, RetentionKeepReason reason, LocalDate keepUntil) {
		LocalDate today = Days.today(this.clock);
		Problems problems = new Problems();
		if (reason == null) {
			problems.add("reason", "supervision.retention.keep-reason-required");
		}
		if (keepUntil == null) {
			problems.add("keepUntil", "supervision.retention.keep-until-required");
		}
		else if (!keepUntil.isAfter(today)) {
			problems.add("keepUntil", "supervision.retention.keep-until-future");
		}
		else if (keepUntil.isAfter(this.retention.keepAtMostUntil(today))) {
			problems.add("keepUntil", "supervision.retention.keep-until-too-far",
					this.retention.keepAtMostUntil(today));
		}
		problems.throwIfAny();
		ErasureRequests.Waiting waiting = waitingErasure(request, "keep-past-retention");
		if (!waiting.ofRetention()) {
			throw missing("keep-past-retention");
		}
		if (!this.erasures.keep(request, reason, keepUntil, this.access.me(), this.clock.instant())) {
			throw new ConflictException("erasure request");
		}
		this.events.publishEvent(new CaseKeptPastRetention(waiting.code(), reason, keepUntil));
	}

	/**
	 * Duplicate checks that matched persons outside the caseworker's own cases, with a
	 * case in one of the supervisor's teams, still to be followed up, most recent first;
	 * each names the matched cases of those teams only.
	 */
	@Transactional(readOnly = true)
	public Page<PossibleDuplicateRecord> possibleDuplicates(Pageable page) {
		Set<UUID> held = this.access.supervisedTeams();
		return this.lists.duplicateRecords(this.duplicates.page(page, held), held);
	}

	@Transactional(readOnly = true)
	public int countPossibleDuplicates() {
		return this.duplicates.count(this.access.supervisedTeams());
	}

	/**
	 * Marks a follow-up done: the supervisor looked at it and told the caseworker. One
	 * that matched no case of the supervisor's teams is "not found", recorded.
	 */
	public void closePossibleDuplicate(UUID followUp) {
		PossibleDuplicates.Row row = this.duplicates.open(followUp, this.access.supervisedTeams())
			.orElseThrow(() -> missing("close-possible-duplicate"));
		UUID me = this.access.me();
		if (row.caseworkerId().equals(me)) {
			throw this.access.refusal(null, "close-possible-duplicate:own-check", "supervision.duplicates.own");
		}
		if (!this.duplicates.close(followUp, me, this.clock.instant())) {
			throw new ConflictException("possible duplicate");
		}
	}

	private ErasureRequests.Waiting decideErasure(UUID request, String action, ErasureRequests.Decision decision) {
		ErasureRequests.Waiting waiting = waitingErasure(request, action);
		decide(waiting, decision);
		return waiting;
	}

	/**
	 * The waiting request on a case of the supervisor's teams (any other is "not found",
	 * recorded), unless the supervisor asked for it themselves or, for one of the
	 * retention period, works on the case: nobody decides on their own work.
	 */
	private ErasureRequests.Waiting waitingErasure(UUID request, String action) {
		ErasureRequests.Waiting waiting = this.erasures.waiting(request).orElseThrow(() -> missing(action));
		UUID me = this.access.me();
		if (me.equals(waiting.requestedBy())) {
			throw this.access.refusal(waiting.code(), action + ":own-request", "supervision.erasure.own-request");
		}
		if (waiting.ofRetention()) {
			boolean ownCase = this.access.existing(waiting.code())
				.filter(file -> this.access.isAssigned(file, me))
				.isPresent();
			if (ownCase) {
				throw this.access.refusal(waiting.code(), action + ":own-case", "supervision.retention.own-case");
			}
		}
		this.access.forSupervision(waiting.code(), action);
		return waiting;
	}

	private void decide(ErasureRequests.Waiting waiting, ErasureRequests.Decision decision) {
		if (!this.erasures.decide(waiting.id(), decision, this.access.me(), this.clock.instant())) {
			throw new ConflictException("erasure request");
		}
	}

	private CaseFile refuseOwnClosureRequest(CaseCode code, String action, UUID me) {
		CaseFile file = this.access.forSupervision(code, action);
		if (file.closureRequestedBy(me)) {
			throw this.access.refusal(code, action + ":own-request", "case.workflow.own-request");
		}
		return file;
	}

	/** The grant, if it is this case's; anything else is "not found", recorded. */
	private BreakGlassGrant grantOf(CaseCode code, UUID grant, String action) {
		CaseFile file = this.access.forSupervision(code, action);
		return this.grants.find(grant)
			.filter(found -> found.caseId().equals(file.id()))
			.orElseThrow(() -> this.access.refused(code, action));
	}

	private NotFoundException missing(String action) {
		this.events.publishEvent(new AccessRefused(CaseAccess.CASE + ":" + action));
		return new NotFoundException("request");
	}

	private CaseOverview decide(CaseCode code, long expectedVersion, String action, Consumer<CaseFile> decision) {
		CaseFile decided = this.edits.apply(this.access.forSupervision(code, action), expectedVersion, decision);
		return this.lists.overviews(List.of(decided)).getFirst();
	}

}
