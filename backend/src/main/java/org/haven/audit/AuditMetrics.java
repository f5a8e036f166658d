package org.haven.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.haven.audit.SealerStatus.State;
import org.springframework.stereotype.Component;

/**
 * How the audit trail's sealer keeps up, for monitoring: its state, and how long the hash
 * chain has trailed behind the committed events. The events written are counted and timed
 * by {@link AuditTrail}. Every label is a coded value: no meter names a person, an
 * account or a case.
 */
@Component
class AuditMetrics implements MeterBinder {

	private final AuditSealer sealer;

	private final Clock clock;

	AuditMetrics(AuditSealer sealer, Clock clock) {
		this.sealer = sealer;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (State state : State.values()) {
			Gauge.builder("haven.audit.sealer.state", this, metrics -> metrics.sealer.status().state() == state ? 1 : 0)
				.description("1 for the state the audit sealer of this node is in, 0 for the others")
				.tag("state", state.name())
				.register(registry);
		}
		Gauge.builder("haven.audit.sealer.lag", this, AuditMetrics::lagSeconds)
			.description("Seconds since the audit sealer last found every committed event in the hash chain "
					+ "(-1 before its first round)")
			.baseUnit("seconds")
			.register(registry);
	}

	private double lagSeconds() {
		Instant caughtUp = this.sealer.caughtUpAt();
		if (caughtUp == null) {
			return -1;
		}
		return Math.max(0, Duration.between(caughtUp, this.clock.instant()).toMillis() / 1000.0);
	}

}
