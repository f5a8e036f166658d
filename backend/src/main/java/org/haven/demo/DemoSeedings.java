package org.haven.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each seeding got, in counts only: what was planned, how many cases are made,
 * whether it finished.
 */
@Component
@ConditionalOnBooleanProperty("haven.demo")
@Profile("!keycloak")
class DemoSeedings {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoSeedings(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The seeding of that name, if one ever started. */
	Optional<Progress> progress(String name) {
		List<Progress> found = this.jdbc.query(
				"select planned, seeded, started_at, finished_at is not null from demo_seeding where name = ?",
				(row, number) -> new Progress(row.getInt(1), row.getInt(2), row.getTimestamp(3).toInstant(),
						row.getBoolean(4)),
				name);
		return found.stream().findFirst();
	}

	void started(String name, int planned) {
		this.jdbc.update("insert into demo_seeding (name, planned, started_at) values (?, ?, ?) on conflict do nothing",
				name, planned, now());
	}

	void seeded(String name, int seeded) {
		this.jdbc.update("update demo_seeding set seeded = ? where name = ?", seeded, name);
	}

	void finished(String name) {
		this.jdbc.update("update demo_seeding set finished_at = ? where name = ?", now(), name);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/**
	 * {@code startedAt} is the "now" of every story, so that a resumed seeding tells the
	 * same ones.
	 */
	record Progress(int planned, int seeded, Instant startedAt, boolean finished) {
	}

}
