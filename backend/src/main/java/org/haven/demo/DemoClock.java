package org.haven.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.haven.platform.MicrosecondClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Haven's clock while the demonstration run seeds its cases: real time, to the
 * microsecond, except on the seeding thread inside {@link #at}, which sees the day of the
 * invented case it is making. Every other thread (requests, the audit sealer, the
 * background jobs) keeps real time.
 */
@Component
@Primary
@ConditionalOnBooleanProperty({ "haven.demo", "haven.demo.cases" })
@Profile("!keycloak")
class DemoClock extends Clock implements Backdating {

	private static final ThreadLocal<Duration> BACK = ThreadLocal.withInitial(() -> Duration.ZERO);

	private final Clock real = MicrosecondClock.of(Clock.systemUTC());

	@Override
	public <T> T at(Instant moment, Supplier<T> step) {
		Duration before = BACK.get();
		BACK.set(Duration.between(moment, this.real.instant()));
		try {
			return step.get();
		}
		finally {
			BACK.set(before);
		}
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.real.withZone(zone), BACK.get().negated());
	}

	@Override
	public Instant instant() {
		return this.real.instant().minus(BACK.get());
	}

}
