package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.crypto.FieldEncryption;
import org.haven.crypto.SealedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
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

	/** How long a break-glass opening gives access. */
	static final Duration LASTS = Duration.ofHours(1);

	private final BreakGlassGrantRepository grants;

	private final CaseSeals seals;

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	BreakGlassGrants(BreakGlassGrantRepository grants, CaseSeals seals, FieldEncryption encryption, JdbcTemplate jdbc) {
		this.grants = grants;
		this.seals = seals;
		this.encryption = encryption;
		this.jdbc = jdbc;
	}

	/**
	 * Opens the case to the account for {@link #LASTS}, sealed, its explanation (if any)
	 * encrypted under the case's key; returns when it ends.
	 */
	Instant open(CaseFile file, UUID account, BreakGlassReason reason, String explanation, Instant now) {
		UUID grant = UUID.randomUUID();
		byte[] explained = explanation.isEmpty() ? null
				: this.encryption.cipherFor(file.id()).encrypt(BreakGlassGrant.field(grant), explanation);
		Instant until = now.plus(LASTS);
		this.grants.saveAndFlush(
				new BreakGlassGrant(grant, file.id(), account, reason, explained, now, until).sealedBy(this.seals));
		signal();
		return until;
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
		return sealedActive(List.of(file), account, now).stream()
			.map(ActiveGrant::expiresAt)
			.max(Comparator.naturalOrder());
	}

	/**
	 * Of these cases, those the account reads now by a sealed break-glass grant; in one
	 * query, whatever the number of cases.
	 */
	List<CaseFile> activeAmong(Collection<CaseFile> files, UUID account, Instant now) {
		Set<UUID> active = sealedActive(files, account, now).stream()
			.map(ActiveGrant::caseId)
			.collect(Collectors.toSet());
		return files.stream().filter(file -> active.contains(file.id())).toList();
	}

	private List<ActiveGrant> sealedActive(Collection<CaseFile> files, UUID account, Instant now) {
		if (files.isEmpty()) {
			return List.of();
		}
		Map<UUID, CaseFile> byId = files.stream()
			.collect(Collectors.toMap(CaseFile::id, Function.identity(), (one, same) -> one));
		List<Object> arguments = new ArrayList<>(byId.keySet());
		arguments.add(account);
		arguments.add(Timestamp.from(now));
		return this.jdbc.query("select id, case_id, reason, granted_at, expires_at, seal from break_glass_grant"
				+ " where case_id in (" + CaseLists.placeholders(byId.size()) + ")"
				+ " and account_id = ? and expires_at > ? and ended_at is null", (row, number) -> {
					CaseFile file = byId.get(row.getObject(2, UUID.class));
					Instant expiresAt = row.getTimestamp(5).toInstant();
					boolean sealed = this.seals.check(
							CaseSeals.grant(row.getObject(1, UUID.class), file.id(), account, row.getString(3),
									row.getTimestamp(4).toInstant(), expiresAt),
							row.getBytes(6), file.codeValue(), file.id());
					return sealed ? new ActiveGrant(file.id(), expiresAt) : null;
				}, arguments.toArray())
			.stream()
			.filter(Objects::nonNull)
			.toList();
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

	/** Openings of the teams' cases, newest first, a page of them and how many in all. */
	Page<Row> page(Pageable asked, Set<UUID> teams) {
		Pageable page = Pages.clamp(asked);
		if (teams.isEmpty()) {
			return Page.empty(page);
		}
		List<Object> arguments = new ArrayList<>(teams);
		arguments.add(page.getPageSize());
		arguments.add(page.getOffset());
		List<Row> rows = this.jdbc.query(
				ROW + " where " + ofTeams(teams) + " order by g.granted_at desc, g.id limit ? offset ?",
				BreakGlassGrants::row, arguments.toArray());
		return PageableExecutionUtils.getPage(rows, page, () -> count(teams));
	}

	private long count(Set<UUID> teams) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from break_glass_grant g join case_file c on c.id = g.case_id where " + ofTeams(teams),
				Long.class, teams.toArray());
		return count == null ? 0 : count;
	}

	/**
	 * Openings of the teams' cases a supervisor still has to look at: running now, or not
	 * reviewed yet.
	 */
	int countActiveOrUnreviewed(Instant now, Set<UUID> teams) {
		if (teams.isEmpty()) {
			return 0;
		}
		List<Object> arguments = new ArrayList<>(teams);
		arguments.add(Timestamp.from(now));
		Integer count = this.jdbc.queryForObject(
				"select count(*) from break_glass_grant g" + " join case_file c on c.id = g.case_id where "
						+ ofTeams(teams) + " and (g.reviewed_at is null or (g.expires_at > ? and g.ended_at is null))",
				Integer.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	private static String ofTeams(Set<UUID> teams) {
		return "c.team_id in (" + CaseLists.placeholders(teams.size()) + ")";
	}

	/** Every grant checked against its seal, for auditors ({@link SealedCaseRows}). */
	SealedRows.Check checkAllSeals() {
		SealedRows.Tally grants = new SealedRows.Tally(CaseSeals.GRANT);
		this.jdbc.query("""
				select g.id, g.case_id, g.account_id, g.reason, g.granted_at, g.expires_at, g.seal, c.code
				from break_glass_grant g join case_file c on c.id = g.case_id""", row -> {
			grants.count(this.seals.check(
					CaseSeals.grant(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
							row.getObject(3, UUID.class), row.getString(4), row.getTimestamp(5).toInstant(),
							row.getTimestamp(6).toInstant()),
					row.getBytes(7), row.getString(8), row.getObject(2, UUID.class)));
		});
		return grants.check();
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

	private record ActiveGrant(UUID caseId, Instant expiresAt) {
	}

	/**
	 * A grant as supervisors list it: ids and codes, whether it was explained, never the
	 * text.
	 */
	record Row(UUID id, UUID caseId, CaseCode code, UUID accountId, BreakGlassReason reason, boolean explained,
			Instant grantedAt, Instant expiresAt, Instant endedAt, UUID endedBy, Instant reviewedAt, UUID reviewedBy) {
	}

}
