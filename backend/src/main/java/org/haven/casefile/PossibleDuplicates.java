package org.haven.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
			select id, caseworker_id, persons, first_seen_at, last_seen_at, times from possible_duplicate
			where closed_at is null""";

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

	/** Open follow-ups, most recently seen first. */
	Page<Row> page(Pageable asked) {
		Pageable page = Pages.clamp(asked);
		return PageableExecutionUtils.getPage(this.jdbc.query(OPEN + " order by last_seen_at desc, id limit ? offset ?",
				PossibleDuplicates::row, page.getPageSize(), page.getOffset()), page, this::count);
	}

	int count() {
		Integer count = this.jdbc.queryForObject("select count(*) from possible_duplicate where closed_at is null",
				Integer.class);
		return count == null ? 0 : count;
	}

	Optional<Row> open(UUID id) {
		return this.jdbc.query(OPEN + " and id = ?", PossibleDuplicates::row, id).stream().findFirst();
	}

	/** Closes an open follow-up; false when it was closed meanwhile. */
	boolean close(UUID id, UUID by, Instant now) {
		return this.jdbc.update(
				"update possible_duplicate set closed_by = ?, closed_at = ? where id = ? and closed_at is null", by,
				Timestamp.from(now), id) == 1;
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
