package org.haven.platform;

import java.time.Clock;
import java.time.Duration;

/**
 * Haven's time, to the microsecond: PostgreSQL keeps timestamps to the microsecond, so a
 * time taken from this clock reads back from the database exactly as it was written. A
 * seal, a chain hash or an equality check over a time written and then read never meets a
 * nanosecond that the database dropped.
 */
public final class MicrosecondClock {

	private static final Duration MICROSECOND = Duration.ofNanos(1_000);

	private MicrosecondClock() {
	}

	/** {@code base}, ticking by whole microseconds; it asks {@code base} every time. */
	public static Clock of(Clock base) {
		return Clock.tick(base, MICROSECOND);
	}

}
