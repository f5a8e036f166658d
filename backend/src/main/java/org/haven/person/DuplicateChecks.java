package org.haven.person;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each caseworker ran the duplicate check, for its hourly limit; kept for a day.
 * Shared by every node, so that the limit holds behind a load balancer.
 */
@Component
class DuplicateChecks {

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	DuplicateChecks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int madeSince(UUID caseworker, Instant since) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from person_duplicate_check where account_id = ? and checked_at > ?", Integer.class,
				caseworker, Timestamp.from(since));
		return count == null ? 0 : count;
	}

	void record(UUID caseworker, Instant at) {
		this.jdbc.update("delete from person_duplicate_check where account_id = ? and checked_at < ?", caseworker,
				Timestamp.from(at.minus(KEPT)));
		this.jdbc.update("insert into person_duplicate_check (account_id, checked_at) values (?, ?)", caseworker,
				Timestamp.from(at));
	}

}
