package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors do: see every case by its code with status, caseworkers, dates and the
 * person's coded profile; assign caseworkers; decide on closure requests; review
 * break-glass openings. Nothing here reads identity or notes. Cases and assignments count
 * only with their seals: a case whose link to its person fails is left out of the lists
 * and refused for decisions, an assignment that fails is not shown.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SUPERVISOR')")
public class CaseSupervision {

	private final CaseAccess access;

	private final CaseFileRepository cases;

	private final PersonService persons;

	private final AccountDirectory accounts;

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final CaseEdits edits;

	CaseSupervision(CaseAccess access, CaseFileRepository cases, PersonService persons, AccountDirectory accounts,
			FieldEncryption encryption, JdbcTemplate jdbc, Clock clock, CaseEdits edits) {
		this.access = access;
		this.cases = cases;
		this.persons = persons;
		this.accounts = accounts;
		this.encryption = encryption;
		this.jdbc = jdbc;
		this.clock = clock;
		this.edits = edits;
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
			.sorted(java.util.Comparator.comparing(CaseFile::updatedAt).reversed().thenComparing(CaseFile::id))
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

	/** Caseworkers who can be assigned. */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkers() {
		return this.accounts.enabledWithRole(Role.CASEWORKER);
	}

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
		return decide(code, expectedVersion, "assign", CaseChanged.Change.CASEWORKERS_ASSIGNED, null,
				file -> file.assign(primary, secondaries == null ? Set.of() : secondaries, now()));
	}

	public CaseOverview approveClosure(CaseCode code, long expectedVersion) {
		UUID me = this.access.me();
		return decide(code, expectedVersion, "approve-closure", CaseChanged.Change.CLOSURE_APPROVED, null,
				file -> file.approveClosure(me, now()));
	}

	public CaseOverview returnClosure(CaseCode code, long expectedVersion, Closure.ReturnReason reason) {
		return decide(code, expectedVersion, "return-closure", CaseChanged.Change.CLOSURE_RETURNED,
				reason == null ? null : reason.name(), file -> file.returnClosure(reason, now()));
	}

	/** Break-glass openings, newest first. */
	@Transactional(readOnly = true)
	public List<BreakGlassRecord> breakGlassOpenings(int offset, int limit) {
		return this.jdbc
			.query("""
					select g.id, g.case_id, c.code, g.account_id, g.reason, g.explanation, g.granted_at, g.expires_at
					from break_glass_grant g join case_file c on c.id = g.case_id
					order by g.granted_at desc, g.id limit ? offset ?""", this::grantRow,
					Math.max(1, Math.min(limit, 500)), Math.max(0, offset))
			.stream()
			.map(this::record)
			.toList();
	}

	@Transactional(readOnly = true)
	public int countBreakGlassOpenings() {
		Integer count = this.jdbc.queryForObject("select count(*) from break_glass_grant", Integer.class);
		return count == null ? 0 : count;
	}

	private CaseOverview decide(CaseCode code, long expectedVersion, String action, CaseChanged.Change change,
			String reason, Consumer<CaseFile> decision) {
		CaseFile decided = this.edits.apply(this.access.forSupervision(code, action), expectedVersion, change, reason,
				decision);
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

	private GrantRow grantRow(ResultSet row, int number) throws SQLException {
		return new GrantRow(row.getObject(1, UUID.class), row.getObject(2, UUID.class), new CaseCode(row.getString(3)),
				row.getObject(4, UUID.class), BreakGlassReason.valueOf(row.getString(5)), row.getBytes(6),
				row.getTimestamp(7).toInstant(), row.getTimestamp(8).toInstant());
	}

	private BreakGlassRecord record(GrantRow grant) {
		String explanation = null;
		if (grant.explanation() != null && this.encryption.hasDataKey(grant.caseId())) {
			explanation = this.encryption.cipherFor(grant.caseId())
				.decrypt(BreakGlassGrant.field(grant.id()), grant.explanation());
		}
		String caseworker = this.accounts.usernamesOf(List.of(grant.accountId())).getOrDefault(grant.accountId(), "?");
		return new BreakGlassRecord(grant.code(), caseworker, grant.reason(), explanation, grant.grantedAt(),
				grant.expiresAt());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private record Sql(String from, List<Object> arguments) {
	}

	private record GrantRow(UUID id, UUID caseId, CaseCode code, UUID accountId, BreakGlassReason reason,
			byte[] explanation, Instant grantedAt, Instant expiresAt) {
	}

}
