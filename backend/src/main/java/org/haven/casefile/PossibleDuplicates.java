package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.person.DuplicatesChecked;
import org.haven.person.PersonCode;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Follow-ups for supervisors of duplicate checks that matched persons outside the
 * caseworker's own cases: the caseworker was told only that someone matched, so a
 * supervisor looks at which cases and decides (assign the caseworker, or tell them it is
 * someone else). One follow-up stays open per caseworker and set of persons, counting how
 * often the check found them.
 */
@Component
class PossibleDuplicates {

	private static final String OPEN = """
			select d.id, d.caseworker_id, d.persons, d.first_seen_at, d.last_seen_at, d.times from possible_duplicate d
			where d.closed_at is null""";

	private final JdbcTemplate jdbc;

	private final CaseAccess access;

	private final Clock clock;

	PossibleDuplicates(JdbcTemplate jdbc, CaseAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@EventListener
	void duplicatesChecked(DuplicatesChecked event) {
		if (event.others().isEmpty()) {
			return;
		}
		UUID caseworker = this.access.me();
		String persons = event.others()
			.stream()
			.map(PersonCode::value)
			.sorted()
			.distinct()
			.collect(Collectors.joining(" "));
		Timestamp now = Timestamp.from(this.clock.instant());
		int seenAgain = this.jdbc.update("""
				update possible_duplicate set last_seen_at = ?, times = times + 1
				where caseworker_id = ? and persons = ? and closed_at is null""", now, caseworker, persons);
		if (seenAgain == 0) {
			this.jdbc.update("""
					insert into possible_duplicate (id, caseworker_id, persons, first_seen_at, last_seen_at, times)
					values (?, ?, ?, ?, ?, 1)""", UUID.randomUUID(), caseworker, persons, now, now);
		}
	}

	/**
	 * Open follow-ups that matched a person with a case in one of the teams, most
	 * recently seen first; none without teams.
	 */
	Page<Row> page(Pageable asked, Set<UUID> teams) {
		Pageable page = Pages.clamp(asked);
		if (teams.isEmpty()) {
			return Page.empty(page);
		}
		List<Object> arguments = new ArrayList<>(teams);
		arguments.add(page.getPageSize());
		arguments.add(page.getOffset());
		return PageableExecutionUtils.getPage(this.jdbc.query(
				OPEN + " and " + matchingCaseIn(teams) + " order by d.last_seen_at desc, d.id limit ? offset ?",
				PossibleDuplicates::row, arguments.toArray()), page, () -> count(teams));
	}

	/** How many open follow-ups matched a person with a case in one of the teams. */
	int count(Set<UUID> teams) {
		if (teams.isEmpty()) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject(
				"select count(*) from possible_duplicate d where d.closed_at is null and " + matchingCaseIn(teams),
				Integer.class, teams.toArray());
		return count == null ? 0 : count;
	}

	/** The open follow-up, when it matched a person with a case in one of the teams. */
	Optional<Row> open(UUID id, Set<UUID> teams) {
		if (teams.isEmpty()) {
			return Optional.empty();
		}
		List<Object> arguments = new ArrayList<>(teams);
		arguments.add(id);
		return this.jdbc
			.query(OPEN + " and " + matchingCaseIn(teams) + " and d.id = ?", PossibleDuplicates::row,
					arguments.toArray())
			.stream()
			.findFirst();
	}

	/** Closes an open follow-up; false when it was closed meanwhile. */
	boolean close(UUID id, UUID by, Instant now) {
		return this.jdbc.update(
				"update possible_duplicate set closed_by = ?, closed_at = ? where id = ? and closed_at is null", by,
				Timestamp.from(now), id) == 1;
	}

	private static String matchingCaseIn(Set<UUID> teams) {
		return "exists (select 1 from case_file c where c.person_code = any (string_to_array(d.persons, ' '))"
				+ " and c.team_id in (" + CaseLists.placeholders(teams.size()) + "))";
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
				Arrays.stream(row.getString(3).split(" ")).map(PersonCode::new).toList(),
				row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(), row.getInt(6));
	}

	record Row(UUID id, UUID caseworkerId, List<PersonCode> persons, Instant firstSeenAt, Instant lastSeenAt,
			int times) {
	}

}
