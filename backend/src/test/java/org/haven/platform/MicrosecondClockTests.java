package org.haven.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Haven's clock drops what PostgreSQL would drop, and nothing more. */
class MicrosecondClockTests {

	@Test
	void a_time_keeps_its_microseconds_and_loses_its_nanoseconds() {
		Clock base = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);

		assertThat(MicrosecondClock.of(base).instant()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
	}

	@Test
	void it_asks_its_base_every_time() {
		Clock base = Clock.offset(Clock.fixed(Instant.parse("2026-03-01T10:15:30.000000999Z"), ZoneOffset.UTC),
				Duration.ofHours(1));

		assertThat(MicrosecondClock.of(base).instant()).isEqualTo(Instant.parse("2026-03-01T11:15:30Z"));
	}

}
