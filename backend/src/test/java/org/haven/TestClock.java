package org.haven;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.haven.platform.MicrosecondClock;
import org.springframework.stereotype.Component;

/**
 * Haven's clock in the tests' shared application context: real time, except on the thread
 * of a test step that looks ahead (past a break-glass hour, say). Only that thread sees
 * the moved time, so the audit sealer and the other background work of the shared context
 * keep real time, and the step's end puts the thread back. To the microsecond, as Haven's
 * own clock ({@link MicrosecondClock}).
 */
@Component
public class TestClock extends Clock {

	private static final ThreadLocal<Duration> AHEAD = ThreadLocal.withInitial(() -> Duration.ZERO);

	private final Clock real = MicrosecondClock.of(Clock.systemUTC());

	/** Runs {@code step} on this thread as if {@code later} had passed. */
	public <T> T after(Duration later, Supplier<T> step) {
		Duration before = AHEAD.get();
		AHEAD.set(before.plus(later));
		try {
			return step.get();
		}
		finally {
			AHEAD.set(before);
		}
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.real.withZone(zone), AHEAD.get());
	}

	@Override
	public Instant instant() {
		return this.real.instant().plus(AHEAD.get());
	}

}
