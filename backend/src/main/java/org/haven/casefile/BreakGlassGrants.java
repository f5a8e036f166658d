package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every query on break-glass grants, in one place: a grant is active while its hour runs,
 * nobody ended it and it carries its seal ({@link CaseSeals}); it is ended and reviewed
 * once, by someone other than its holder. Each change tells the other nodes
 * ({@link BreakGlassSignals}), on commit.
 */
@Component
class BreakGlassGrants {

	private static final String ROW = """
			select g.id, g.case_id, c.code, g.account_id, g.reason, g.explanation is not null, g.granted_at,
			       g.expires_at, g.ended_at, g.ended_by, g.reviewed_at, g.reviewed_by
			from break_glass_grant g join case_file c on c.id = g.case_id""";

	private final BreakGlassGrantRepository grants;

	private final CaseSeals seals;

	private final JdbcTemplate jdbc;

	BreakGlassGrants(BreakGlassGrantRepository grants, CaseSeals seals, JdbcTemplate jdbc) {
		this.grants = grants;
		this.seals = seals;
		this.jdbc = jdbc;
	}

	void open(BreakGlassGrant grant) {
		this.grants.saveAndFlush(grant);
		signal();
	}

	Optional<BreakGlassGrant> find(UUID id) {
		return this.grants.findById(id);
	}

	boolean active(CaseFile file, UUID account, Instant now) {
		return activeUntil(file, account, now).isPresent();
	}

	/**
	 * When the account's access to the case by break-glass ends, if it has any now. Only
	 * grants that carry their seal count; one that fails is reported.
	 */
	Optional<Instant> activeUntil(CaseFile file, UUID account, Instant now) {
		return this.jdbc.query("""
				select id, reason, granted_at, expires_at, seal from break_glass_grant
				where case_id = ? and account_id = ? and expires_at > ? and ended_at is null""", (row, number) -> {
			Instant expiresAt = row.getTimestamp(4).toInstant();
			boolean sealed = this.seals.check(CaseSeals.grant(row.getObject(1, UUID.class), file.id(), account,
					row.getString(2), row.getTimestamp(3).toInstant(), expiresAt), row.getBytes(5), file.codeValue(),
					file.id());
			return sealed ? expiresAt : null;
		}, file.id(), account, Timestamp.from(now)).stream().filter(Objects::nonNull).max(Comparator.naturalOrder());
	}

	/** Ends the grant now, if it is still active; returns whether it was. */
	boolean end(UUID grant, UUID by, Instant now) {
		boolean ended = this.jdbc.update("""
				update break_glass_grant set ended_at = ?, ended_by = ?
				where id = ? and ended_at is null and expires_at > ?""", Timestamp.from(now), by, grant,
				Timestamp.from(now)) == 1;
		if (ended) {
			signal();
		}
		return ended;
	}

	/**
	 * Marks the grant reviewed, if nobody did yet; returns whether this was the first
	 * review.
	 */
	boolean review(UUID grant, UUID by, Instant now) {
		boolean reviewed = this.jdbc.update("""
				update break_glass_grant set reviewed_at = ?, reviewed_by = ?
				where id = ? and reviewed_at is null""", Timestamp.from(now), by, grant) == 1;
		if (reviewed) {
			signal();
		}
		return reviewed;
	}

	/** Openings, newest first. */
	List<Row> page(int offset, int limit) {
		return this.jdbc.query(ROW + " order by g.granted_at desc, g.id limit ? offset ?", BreakGlassGrants::row,
				Math.max(1, Math.min(limit, 500)), Math.max(0, offset));
	}

	int count() {
		Integer count = this.jdbc.queryForObject("select count(*) from break_glass_grant", Integer.class);
		return count == null ? 0 : count;
	}

	/** Openings a supervisor still has to look at: running now, or not reviewed yet. */
	int countActiveOrUnreviewed(Instant now) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from break_glass_grant
				where reviewed_at is null or (expires_at > ? and ended_at is null)""", Integer.class,
				Timestamp.from(now));
		return count == null ? 0 : count;
	}

	/**
	 * Delivered to every node's {@link BreakGlassSignals} when the transaction commits.
	 */
	private void signal() {
		this.jdbc.execute("select pg_notify('" + BreakGlassSignals.CHANNEL + "', '')");
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), new CaseCode(row.getString(3)),
				row.getObject(4, UUID.class), BreakGlassReason.valueOf(row.getString(5)), row.getBoolean(6),
				instant(row, 7), instant(row, 8), instant(row, 9), row.getObject(10, UUID.class), instant(row, 11),
				row.getObject(12, UUID.class));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * A grant as supervisors list it: ids and codes, whether it was explained, never the
	 * text.
	 */
	record Row(UUID id, UUID caseId, CaseCode code, UUID accountId, BreakGlassReason reason, boolean explained,
			Instant grantedAt, Instant expiresAt, Instant endedAt, UUID endedBy, Instant reviewedAt, UUID reviewedBy) {
	}

}
