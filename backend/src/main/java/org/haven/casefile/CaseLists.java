package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.haven.person.PersonCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries of the case lists, most recently changed first: a caseworker's own cases
 * and every case of a supervisor's teams. The database cannot check seals
 * ({@link CaseSeals}): both lists page in the database and leave out, on each page, the
 * cases whose seals fail (for a caseworker's, the link to the person and the assignment),
 * reported, while the total counts every row (decision 0049).
 */
@Component
class CaseLists {

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final JdbcTemplate jdbc;

	CaseLists(CaseFileRepository cases, CaseSeals seals, JdbcTemplate jdbc) {
		this.cases = cases;
		this.seals = seals;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the account's cases that match, with the total; {@code persons}, when
	 * given, are those found by the identity the query searches for. The database pages,
	 * and a case whose link or assignment fails its seal is left out of the page,
	 * reported, while the total counts every row: a page costs the same whatever the
	 * caseload.
	 */
	Page<CaseSummary> assignedTo(UUID account, CaseQuery query, Collection<PersonCode> persons, LocalDate today,
			Pageable asked) {
		Pageable page = Pages.clamp(asked);
		if (persons != null && persons.isEmpty()) {
			return Page.empty(page);
		}
		Sql sql = assignedSql(account, query, persons, today);
		List<Object> arguments = new ArrayList<>(sql.arguments);
		arguments.add(page.getPageSize());
		arguments.add(page.getOffset());
		List<CaseSummary> rows = this.jdbc.query(
				ASSIGNED_COLUMNS + sql.from + " order by c.updated_at desc, c.id limit ? offset ?", this::sealedSummary,
				arguments.toArray());
		return intactOfPage(rows, rows.stream().filter(Objects::nonNull).toList(), page,
				() -> sql.filtered() ? count(sql) : assignments(account));
	}

	/** How many cases the account is assigned to: every assignment names a case. */
	private long assignments(UUID account) {
		Long count = this.jdbc.queryForObject("select count(*) from case_caseworker where account_id = ?", Long.class,
				account);
		return count == null ? 0 : count;
	}

	/** Every case assigned to the account that the query finds, whose seals hold. */
	List<CaseSummary> allAssignedTo(UUID account, CaseQuery query, Collection<PersonCode> persons, LocalDate today) {
		if (persons != null && persons.isEmpty()) {
			return List.of();
		}
		Sql sql = assignedSql(account, query, persons, today);
		return this.jdbc
			.query(ASSIGNED_COLUMNS + sql.from + " order by c.updated_at desc, c.id", this::sealedSummary,
					sql.arguments.toArray())
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	private static final String ASSIGNED_COLUMNS = """
			select c.code, c.status, w.is_primary, c.next_follow_up_on, c.closure_requested_at, c.closed_at,
			       c.created_at, c.updated_at, c.id, c.person_code, c.assignment_generation, c.seal, w.account_id,
			       w.seal
			""";

	private Sql assignedSql(UUID account, CaseQuery query, Collection<PersonCode> persons, LocalDate today) {
		Sql sql = new Sql(
				" from case_file c join case_caseworker w on w.case_id = c.id and w.account_id = ? where true");
		sql.arguments.add(account);
		if (query.searchesText() && query.by() == CaseQuery.SearchBy.CASE_CODE) {
			sql.and("c.code = ?", CaseCode.parse(query.text()).orElseThrow().value());
		}
		if (persons != null) {
			sql.in("c.person_code", persons.stream().map(PersonCode::value).toList());
		}
		sql.in("c.status", query.statuses().stream().map(CaseStatus::name).toList());
		if (query.followUpDue()) {
			sql.and("c.next_follow_up_on <= ? and c.status <> 'CLOSED'", today);
		}
		return sql;
	}

	/** The row's case, or null when its link or its assignment fails its seal. */
	private CaseSummary sealedSummary(ResultSet row, int number) throws SQLException {
		UUID caseId = row.getObject(9, UUID.class);
		String code = row.getString(1);
		long generation = row.getLong(11);
		boolean intact = this.seals.check(CaseSeals.link(caseId, code, row.getString(10), generation), row.getBytes(12),
				code, caseId)
				&& this.seals.check(
						CaseSeals.assignment(caseId, row.getObject(13, UUID.class), row.getBoolean(3), generation),
						row.getBytes(14), code, caseId);
		return !intact ? null
				: new CaseSummary(new CaseCode(code), CaseStatus.valueOf(row.getString(2)), row.getBoolean(3),
						row.getObject(4, LocalDate.class), row.getTimestamp(5) != null && row.getTimestamp(6) == null,
						row.getTimestamp(7).toInstant(), row.getTimestamp(8).toInstant());
	}

	/**
	 * A page of every case of the teams that matches, with the total; none without teams;
	 * a case whose link to its person fails its seal is left out of the page, reported.
	 */
	Page<CaseFile> supervised(SupervisorQuery query, Set<UUID> teams, Pageable asked) {
		Pageable page = Pages.clamp(asked);
		if (teams.isEmpty()) {
			return Page.empty(page);
		}
		Sql sql = new Sql(" from case_file c where true");
		sql.in("c.team_id", List.copyOf(teams));
		if (!query.code().isEmpty()) {
			sql.and("c.code = ?", CaseCode.parse(query.code()).orElseThrow().value());
		}
		sql.in("c.status", query.statuses().stream().map(CaseStatus::name).toList());
		if (query.awaitingClosureDecision()) {
			sql.and("c.closure_requested_at is not null and c.closed_at is null");
		}
		List<Object> arguments = new ArrayList<>(sql.arguments);
		arguments.add(page.getPageSize());
		arguments.add(page.getOffset());
		List<UUID> ids = this.jdbc.queryForList(
				"select c.id" + sql.from + " order by c.updated_at desc, c.id limit ? offset ?", UUID.class,
				arguments.toArray());
		List<CaseFile> files = this.cases.findAllById(ids)
			.stream()
			.filter(this.seals::intact)
			.sorted(Comparator.comparing(CaseFile::updatedAt).reversed().thenComparing(CaseFile::id))
			.toList();
		return intactOfPage(ids, files, page, () -> count(sql));
	}

	/**
	 * The page of the rows whose seals hold, with the total of every row: the total is
	 * counted only when the rows of the page cannot tell it.
	 */
	private static <T> Page<T> intactOfPage(List<?> rows, List<T> intact, Pageable page, LongSupplier total) {
		return new PageImpl<>(intact, page, PageableExecutionUtils.getPage(rows, page, total).getTotalElements());
	}

	private long count(Sql sql) {
		Long count = this.jdbc.queryForObject("select count(*)" + sql.from, Long.class, sql.arguments.toArray());
		return count == null ? 0 : count;
	}

	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/** A list's conditions, as they are added, and their arguments in order. */
	private static final class Sql {

		private final StringBuilder from;

		private final List<Object> arguments = new ArrayList<>();

		private boolean filtered;

		private Sql(String from) {
			this.from = new StringBuilder(from);
		}

		void and(String condition, Object... values) {
			this.from.append(" and ").append(condition);
			this.arguments.addAll(List.of(values));
			this.filtered = true;
		}

		/** Whether a condition was added to the rows the list starts from. */
		boolean filtered() {
			return this.filtered;
		}

		/**
		 * Only rows whose column holds one of the values; no condition when there are
		 * none.
		 */
		void in(String column, List<?> values) {
			if (!values.isEmpty()) {
				and(column + " in (" + placeholders(values.size()) + ")", values.toArray());
			}
		}

	}

}
