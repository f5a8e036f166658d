package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every query on case transfers, in one place: one request waits per case at a time, and
 * is decided once.
 */
@Component
class CaseTransfers {

	private static final String ROW = """
			select t.id, t.case_id, c.code, t.from_team, t.to_team, t.requested_by, t.requested_at
			from case_transfer t join case_file c on c.id = t.case_id where t.decision is null""";

	private final JdbcTemplate jdbc;

	CaseTransfers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Asks for the case to move; returns the request, or none when one waits already. */
	Optional<UUID> request(CaseFile file, UUID toTeam, UUID by, Instant now) {
		if (waitingFor(file.id()).isPresent()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into case_transfer (id, case_id, from_team, to_team, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?)""", id, file.id(), file.teamId(), toTeam, by, Timestamp.from(now));
		return Optional.of(id);
	}

	Optional<Waiting> waiting(UUID transfer) {
		return this.jdbc.query(ROW + " and t.id = ?", CaseTransfers::waiting, transfer).stream().findFirst();
	}

	private Optional<Waiting> waitingFor(UUID caseId) {
		return this.jdbc.query(ROW + " and t.case_id = ?", CaseTransfers::waiting, caseId).stream().findFirst();
	}

	/** The requests waiting that come from or go to one of the teams, oldest first. */
	List<Waiting> waitingAmong(Collection<UUID> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		String in = CaseLists.placeholders(teams.size());
		List<Object> arguments = new ArrayList<>(teams);
		arguments.addAll(teams);
		return this.jdbc.query(ROW + " and (t.to_team in (" + in + ") or t.from_team in (" + in + "))"
				+ " order by t.requested_at, t.id", CaseTransfers::waiting, arguments.toArray());
	}

	/** Decides the request, if nobody did yet; returns whether this was the decision. */
	boolean decide(UUID transfer, boolean accepted, UUID by, Instant now) {
		return this.jdbc.update("""
				update case_transfer set decision = ?, decided_by = ?, decided_at = ?
				where id = ? and decision is null""", accepted ? "ACCEPTED" : "REFUSED", by, Timestamp.from(now),
				transfer) == 1;
	}

	private static Waiting waiting(ResultSet row, int number) throws SQLException {
		return new Waiting(row.getObject(1, UUID.class), row.getObject(2, UUID.class), new CaseCode(row.getString(3)),
				row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getObject(6, UUID.class),
				row.getTimestamp(7).toInstant());
	}

	/** A request waiting for a supervisor of the receiving team. */
	record Waiting(UUID id, UUID caseId, CaseCode code, UUID fromTeam, UUID toTeam, UUID requestedBy,
			Instant requestedAt) {
	}

}
