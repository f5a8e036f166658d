package org.haven.crypto;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.haven.crypto.RotationProgress.Keyset;
import org.springframework.stereotype.Component;

/**
 * How far a key rotation has got, for monitoring: per keyset, whether one is running and
 * the share of persons already moved to the new primary key version.
 */
@Component
class RotationMetrics implements MeterBinder {

	private final RotationWorker worker;

	RotationMetrics(RotationWorker worker) {
		this.worker = worker;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Keyset keyset : Keyset.values()) {
			Gauge.builder("haven.keys.rotation.running", this, metrics -> metrics.running(keyset) ? 1 : 0)
				.description("1 while a rotation of this keyset runs")
				.tag("keyset", keyset.name())
				.register(registry);
			Gauge.builder("haven.keys.rotation.progress", this, metrics -> metrics.progress(keyset))
				.description("Share of persons moved to the newest version of this keyset by its latest rotation "
						+ "(1 when none ran)")
				.tag("keyset", keyset.name())
				.register(registry);
		}
	}

	private boolean running(Keyset keyset) {
		return this.worker.latest()
			.filter(latest -> latest.keyset() == keyset)
			.map(RotationProgress::running)
			.orElse(false);
	}

	private double progress(Keyset keyset) {
		return this.worker.latest()
			.filter(latest -> latest.keyset() == keyset)
			.map(RotationProgress::fraction)
			.orElse(1.0);
	}

}
