package org.haven.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.haven.access.AccountDirectory;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.crypto.FieldEncryption;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.AccessRefused;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors do: see every case by its code with status, caseworkers, dates and the
 * person's coded profile; assign caseworkers; decide on closure and erasure requests;
 * review break-glass openings and end them early; follow up duplicate checks that matched
 * outside the caseworker's own cases. Nothing here reads identity or notes, except a
 * break-glass explanation revealed one at a time and recorded. Nobody decides on their
 * own work: a supervisor who is also a caseworker does not assign themselves, approve
 * their own request, nor review or end their own break-glass; each refusal is recorded.
 * Cases and assignments count only with their seals: a case whose link to its person
 * fails is left out of the lists and refused for decisions, an assignment that fails is
 * not shown.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class CaseSupervision {

	private final CaseAccess access;

	private final CaseFileRepository cases;

	private final PersonService persons;

	private final AccountDirectory accounts;

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CaseEdits edits;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final PossibleDuplicates duplicates;

	private final ApplicationEventPublisher events;

	CaseSupervision(CaseAccess access, CaseFileRepository cases, PersonService persons, AccountDirectory accounts,
			FieldEncryption encryption, JdbcTemplate jdbc, Clock clock, CaseEdits edits, BreakGlassGrants grants,
			ErasureRequests erasures, PossibleDuplicates duplicates, ApplicationEventPublisher events) {
		this.access = access;
		this.cases = cases;
		this.persons = persons;
		this.accounts = accounts;
		this.encryption = encryption;
		this.jdbc = jdbc;
		this.clock = clock;
		this.edits = edits;
		this.grants = grants;
		this.erasures = erasures;
		this.duplicates = duplicates;
		this.events = events;
	}

	/** Cases, most recently changed first. */
	@Transactional(readOnly = true)
	public List<CaseOverview> cases(SupervisorQuery query, int offset, int limit) {
		Sql sql = sql(query);
		List<Object> arguments = new ArrayList<>(sql.arguments());
		arguments.add(Math.max(1, Math.min(limit, 500)));
		arguments.add(Math.max(0, offset));
		List<CaseFile> page = this.cases.findAllById(this.jdbc.queryForList(
				"select c.id " + sql.from() + " order by c.updated_at desc, c.id limit ? offset ?", UUID.class,
				arguments.toArray()));
		Map<UUID, CaseFile> byId = new LinkedHashMap<>();
		page.stream()
			.filter(this.access::intact)
			.sorted(Comparator.comparing(CaseFile::updatedAt).reversed().thenComparing(CaseFile::id))
			.forEach(file -> byId.put(file.id(), file));
		return overviews(byId.values().stream().toList());
	}

	@Transactional(readOnly = true)
	public int count(SupervisorQuery query) {
		Sql sql = sql(query);
		Integer count = this.jdbc.queryForObject("select count(*) " + sql.from(), Integer.class,
				sql.arguments().toArray());
		return count == null ? 0 : count;
	}

	@Transactional(readOnly = true)
	public CaseOverview overview(CaseCode code) {
		return overviews(List.of(this.access.forSupervision(code, "overview"))).getFirst();
	}

	/** Caseworkers whom this supervisor can assign: never themselves. */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkers() {
		UUID me = this.access.me();
		return this.accounts.enabledWithRole(Role.CASEWORKER)
			.stream()
			.filter(member -> !member.id().equals(me))
			.toList();
	}

	/** Sets the caseworkers of a case; a supervisor never among them. */
	public CaseOverview assign(CaseCode code, long expectedVersion, UUID primary, Set<UUID> secondaries) {
		Set<UUID> caseworkers = new HashSet<>();
		this.accounts.enabledWithRole(Role.CASEWORKER).forEach(member -> caseworkers.add(member.id()));
		List<Problem> problems = new ArrayList<>();
		if (primary != null && !caseworkers.contains(primary)) {
			problems.add(Problem.of("primary", "case.assign.not-a-caseworker"));
		}
		if (secondaries != null && !caseworkers.containsAll(secondaries)) {
			problems.add(Problem.of("secondaries", "case.assign.not-a-caseworker"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID me = this.access.me();
		if (me.equals(primary) || (secondaries != null && secondaries.contains(me))) {
			throw this.access.refusal(code, "assign:own-work", "case.assign.not-yourself");
		}
		return decide(code, expectedVersion, "assign",
				file -> file.assign(primary, secondaries == null ? Set.of() : secondaries, now()));
	}

	public CaseOverview approveClosure(CaseCode code, long expectedVersion) {
		UUID me = this.access.me();
		refuseOwnClosureRequest(code, "approve-closure", me);
		return decide(code, expectedVersion, "approve-closure", file -> file.approveClosure(me, now()));
	}

	public CaseOverview returnClosure(CaseCode code, long expectedVersion, Closure.ReturnReason reason) {
		refuseOwnClosureRequest(code, "return-closure", this.access.me());
		return decide(code, expectedVersion, "return-closure", file -> file.returnClosure(reason, now()));
	}

	/** Break-glass openings, newest first; explanations stay hidden until revealed. */
	@Transactional(readOnly = true)
	public List<BreakGlassRecord> breakGlassOpenings(int offset, int limit) {
		List<BreakGlassGrants.Row> rows = this.grants.page(offset, limit);
		Set<UUID> staff = new HashSet<>();
		rows.forEach(row -> {
			staff.add(row.accountId());
			addIfPresent(staff, row.endedBy());
			addIfPresent(staff, row.reviewedBy());
		});
		Map<UUID, String> names = this.accounts.usernamesOf(staff);
		return rows.stream()
			.map(row -> new BreakGlassRecord(row.id(), row.code(), names.getOrDefault(row.accountId(), "?"),
					row.reason(), row.explained(), row.grantedAt(), row.expiresAt(), row.endedAt(),
					nameOf(names, row.endedBy()), row.reviewedAt(), nameOf(names, row.reviewedBy())))
			.toList();
	}

	@Transactional(readOnly = true)
	public int countBreakGlassOpenings() {
		return this.grants.count();
	}

	/** Openings still running or not reviewed yet: what supervisors have to look at. */
	@Transactional(readOnly = true)
	public int countBreakGlassToLookAt() {
		return this.grants.countActiveOrUnreviewed(now());
	}

	/**
	 * What the caseworker wrote to explain an opening: free text that may name the
	 * person, so each reading is recorded like an identity read.
	 */
	@RevealsIdentity(fields = "break-glass explanation")
	@Transactional(readOnly = true)
	public BreakGlassExplanation revealBreakGlassExplanation(CaseCode code, UUID grant) {
		BreakGlassGrant found = grantOf(code, grant, "reveal-break-glass-explanation");
		if (found.explanation() == null || !this.encryption.hasDataKey(found.caseId())) {
			return new BreakGlassExplanation(null);
		}
		return new BreakGlassExplanation(this.encryption.cipherFor(found.caseId())
			.decrypt(BreakGlassGrant.field(found.id()), found.explanation()));
	}

	/** Ends a caseworker's break-glass access now; from then on it gives no access. */
	public void endBreakGlass(CaseCode code, UUID grant) {
		BreakGlassGrant found = grantOf(code, grant, "end-break-glass");
		UUID me = this.access.me();
		if (found.accountId().equals(me)) {
			throw this.access.refusal(code, "end-break-glass:own-grant", "supervision.break-glass.own");
		}
		if (!this.grants.end(grant, me, now())) {
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
		if (!this.grants.review(grant, me, now())) {
			throw new InvalidInputException(Problem.ofForm("supervision.break-glass.already-reviewed"));
		}
		this.events.publishEvent(new BreakGlassReviewed(code, grant, found.accountId()));
	}

	/** Erasures asked for and not decided yet, oldest first. */
	@Transactional(readOnly = true)
	public List<ErasureRequestRecord> erasureRequests(int offset, int limit) {
		List<ErasureRequests.Waiting> waiting = this.erasures.page(offset, limit);
		Map<UUID, String> names = this.accounts
			.usernamesOf(waiting.stream().map(ErasureRequests.Waiting::requestedBy).toList());
		return waiting.stream()
			.map(request -> new ErasureRequestRecord(request.id(), request.code(), request.reason(),
					names.getOrDefault(request.requestedBy(), "?"), request.requestedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public int countErasureRequests() {
		return this.erasures.count();
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

	/** Refuses an erasure that someone else asked for; nothing is erased. */
	public void refuseErasure(UUID request) {
		ErasureRequests.Waiting waiting = decideErasure(request, "refuse-erasure", ErasureRequests.Decision.REFUSED);
		this.events.publishEvent(new ErasureRefused(waiting.code(), waiting.reason(), waiting.requestedBy()));
	}

	/**
	 * Duplicate checks that matched persons outside the caseworker's own cases, still to
	 * be followed up, most recent first.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicateRecord> possibleDuplicates(int offset, int limit) {
		List<PossibleDuplicates.Row> rows = this.duplicates.page(offset, limit);
		Map<UUID, String> names = this.accounts
			.usernamesOf(rows.stream().map(PossibleDuplicates.Row::caseworkerId).toList());
		return rows.stream()
			.map(row -> new PossibleDuplicateRecord(row.id(), names.getOrDefault(row.caseworkerId(), "?"),
					row.persons()
						.stream()
						.flatMap(person -> this.cases.findByPersonCode(person.value()).stream())
						.filter(file -> this.access.intact(file) && !this.access.isAssigned(file, row.caseworkerId()))
						.map(CaseFile::code)
						.sorted(Comparator.comparing(CaseCode::value))
						.toList(),
					row.firstSeenAt(), row.lastSeenAt(), row.times()))
			.toList();
	}

	@Transactional(readOnly = true)
	public int countPossibleDuplicates() {
		return this.duplicates.count();
	}

	/**
	 * Marks a follow-up done: the supervisor has looked at it and told the caseworker.
	 */
	public void closePossibleDuplicate(UUID followUp) {
		PossibleDuplicates.Row row = this.duplicates.open(followUp)
			.orElseThrow(() -> missing("close-possible-duplicate"));
		UUID me = this.access.me();
		if (row.caseworkerId().equals(me)) {
			throw this.access.refusal(null, "close-possible-duplicate:own-check", "supervision.duplicates.own");
		}
		if (!this.duplicates.close(followUp, me, now())) {
			throw new ConflictException("possible duplicate");
		}
	}

	private ErasureRequests.Waiting decideErasure(UUID request, String action, ErasureRequests.Decision decision) {
		ErasureRequests.Waiting waiting = this.erasures.waiting(request).orElseThrow(() -> missing(action));
		UUID me = this.access.me();
		if (waiting.requestedBy().equals(me)) {
			throw this.access.refusal(waiting.code(), action + ":own-request", "supervision.erasure.own-request");
		}
		if (!this.erasures.decide(request, decision, me, now())) {
			throw new ConflictException("erasure request");
		}
		return waiting;
	}

	private void refuseOwnClosureRequest(CaseCode code, String action, UUID me) {
		CaseFile file = this.access.forSupervision(code, action);
		if (file.closureRequestedBy(me)) {
			throw this.access.refusal(code, action + ":own-request", "case.workflow.own-request");
		}
	}

	/**
	 * The grant, when it is one of this case's; anything else is "not found", recorded.
	 */
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

	private static void addIfPresent(Set<UUID> ids, UUID id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static String nameOf(Map<UUID, String> names, UUID id) {
		return id == null ? null : names.getOrDefault(id, "?");
	}

	private CaseOverview decide(CaseCode code, long expectedVersion, String action, Consumer<CaseFile> decision) {
		CaseFile decided = this.edits.apply(this.access.forSupervision(code, action), expectedVersion, decision);
		return overviews(List.of(decided)).getFirst();
	}

	private List<CaseOverview> overviews(List<CaseFile> files) {
		Set<UUID> staff = new HashSet<>();
		files.forEach(file -> this.access.assignments(file).forEach(assignment -> staff.add(assignment.accountId())));
		Map<UUID, String> names = this.accounts.usernamesOf(staff);
		Map<PersonCode, PersonSummary> profiles = this.persons.summaries(files.stream().map(CaseFile::person).toList());
		return files.stream().map(file -> {
			PersonSummary person = profiles.get(file.person());
			return new CaseOverview(file.code(), file.status(),
					this.access.assignments(file)
						.stream()
						.map(assignment -> new Caseworker(assignment.accountId(),
								names.getOrDefault(assignment.accountId(), "?"), assignment.primary()))
						.toList(),
					file.createdAt(), file.updatedAt(), file.nextFollowUpOn(), file.closure(),
					person == null ? null : person.profile().gender(),
					person == null ? null : person.profile().ageBand(),
					person == null ? null : person.profile().nationality(), file.version());
		}).toList();
	}

	private Sql sql(SupervisorQuery query) {
		StringBuilder from = new StringBuilder(" from case_file c where true");
		List<Object> arguments = new ArrayList<>();
		if (!query.code().isEmpty()) {
			CaseCode code = CaseCode.parse(query.code()).orElseThrow();
			from.append(" and c.code = ?");
			arguments.add(code.value());
		}
		if (!query.statuses().isEmpty()) {
			from.append(" and c.status in (").append(CaseService.placeholders(query.statuses().size())).append(")");
			query.statuses().forEach(status -> arguments.add(status.name()));
		}
		if (query.awaitingClosureDecision()) {
			from.append(" and c.closure_requested_at is not null and c.closed_at is null");
		}
		return new Sql(from.toString(), arguments);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private record Sql(String from, List<Object> arguments) {
	}

}
