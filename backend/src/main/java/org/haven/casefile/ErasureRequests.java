package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.haven.person.ErasureReason;
import org.haven.person.PersonCode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every query on erasure requests: at most one waits per person; it is decided once, by
 * someone other than who asked (the database refuses anything else too). A request of the
 * retention period has no asker and is decided by erasing or keeping the case, never by
 * refusing.
 */
@Component
class ErasureRequests {

	private static final String WAITING = """
			select r.id, r.case_id, c.code, r.person_code, r.reason, r.requested_by, r.requested_at,
			       r.closed_on, r.last_after_care_on, r.due_since
			from erasure_request r join case_file c on c.id = r.case_id
			where r.decision is null""";

	private final JdbcTemplate jdbc;

	ErasureRequests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, CaseFile file, ErasureReason reason, UUID by, Instant now) {
		this.jdbc.update("""
				insert into erasure_request (id, case_id, person_code, reason, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?)""", id, file.id(), file.person().value(), reason.name(), by,
				Timestamp.from(now));
	}

	/**
	 * Asks the supervisors to decide on a case whose retention period ended; false when a
	 * request for the person waits already.
	 */
	boolean addForRetention(UUID id, CaseFile file, LocalDate closedOn, LocalDate lastAfterCareOn, LocalDate dueSince,
			Instant now) {
		return this.jdbc.update("""
				insert into erasure_request (id, case_id, person_code, reason, requested_at, closed_on,
				                             last_after_care_on, due_since)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (person_code) where decision is null do nothing""", id, file.id(), file.person().value(),
				ErasureReason.RETENTION_PERIOD_ENDED.name(), Timestamp.from(now), closedOn, lastAfterCareOn,
				dueSince) == 1;
	}

	/**
	 * Keeps the case of a waiting retention request; false when it was decided meanwhile.
	 */
	boolean keep(UUID id, RetentionKeepReason reason, LocalDate until, UUID by, Instant now) {
		return this.jdbc.update("""
				update erasure_request set decision = 'KEPT', keep_reason = ?, keep_until = ?, decided_by = ?,
				                           decided_at = ?
				where id = ? and decision is null and reason = ?""", reason.name(), until, by, Timestamp.from(now), id,
				ErasureReason.RETENTION_PERIOD_ENDED.name()) == 1;
	}

	Optional<Waiting> waiting(UUID id) {
		return this.jdbc.query(WAITING + " and r.id = ?", ErasureRequests::waiting, id).stream().findFirst();
	}

	Optional<Waiting> waitingFor(PersonCode person) {
		return this.jdbc.query(WAITING + " and r.person_code = ?", ErasureRequests::waiting, person.value())
			.stream()
			.findFirst();
	}

	/**
	 * Requests waiting for a supervisor's decision on cases of the teams, oldest first;
	 * none without teams.
	 */
	Page<Waiting> page(Pageable asked, Set<UUID> teams) {
		Pageable page = Pages.clamp(asked);
		if (teams.isEmpty()) {
			return Page.empty(page);
		}
		List<Object> arguments = new ArrayList<>(teams);
		arguments.add(page.getPageSize());
		arguments.add(page.getOffset());
		return PageableExecutionUtils.getPage(
				this.jdbc.query(WAITING + " and " + ofTeams(teams) + " order by r.requested_at, r.id limit ? offset ?",
						ErasureRequests::waiting, arguments.toArray()),
				page, () -> count(teams));
	}

	/** How many requests wait for a decision on cases of the teams. */
	int count(Set<UUID> teams) {
		if (teams.isEmpty()) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject("""
				select count(*) from erasure_request r join case_file c on c.id = r.case_id
				where r.decision is null and\s""" + ofTeams(teams), Integer.class, teams.toArray());
		return count == null ? 0 : count;
	}

	/** Decides a waiting request; false when it was decided meanwhile. */
	boolean decide(UUID id, Decision decision, UUID by, Instant now) {
		return this.jdbc.update("""
				update erasure_request set decision = ?, decided_by = ?, decided_at = ?
				where id = ? and decision is null""", decision.name(), by, Timestamp.from(now), id) == 1;
	}

	/** Whether {@code supervisor} approved the erasure of this person. */
	boolean approvedBy(PersonCode person, UUID supervisor) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from erasure_request
				               where person_code = ? and decision = 'APPROVED' and decided_by = ?)""", Boolean.class,
				person.value(), supervisor));
	}

	private static String ofTeams(Set<UUID> teams) {
		return "c.team_id in (" + CaseLists.placeholders(teams.size()) + ")";
	}

	private static Waiting waiting(ResultSet row, int number) throws SQLException {
		return new Waiting(row.getObject(1, UUID.class), row.getObject(2, UUID.class), new CaseCode(row.getString(3)),
				new PersonCode(row.getString(4)), ErasureReason.valueOf(row.getString(5)), row.getObject(6, UUID.class),
				row.getTimestamp(7).toInstant(), row.getObject(8, LocalDate.class), row.getObject(9, LocalDate.class),
				row.getObject(10, LocalDate.class));
	}

	enum Decision {

		APPROVED, REFUSED

	}

	/**
	 * A request waiting for a decision; {@code requestedBy} is empty, and the three days
	 * are given, for one of the retention period.
	 */
	record Waiting(UUID id, UUID caseId, CaseCode code, PersonCode person, ErasureReason reason,
			@Nullable UUID requestedBy, Instant requestedAt, @Nullable LocalDate closedOn,
			@Nullable LocalDate lastAfterCareOn, @Nullable LocalDate dueSince) {

		boolean ofRetention() {
			return this.reason == ErasureReason.RETENTION_PERIOD_ENDED;
		}

	}

}
