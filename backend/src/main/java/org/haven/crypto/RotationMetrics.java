package org.haven.crypto;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.haven.crypto.RotationProgress.Keyset;
import org.springframework.stereotype.Component;

/**
 * How far a key rotation has got, for monitoring: per keyset, whether one is running and
 * the share of persons already moved to the new primary key version. One scrape reads the
 * latest rotation once, not once per gauge.
 */
@Component
class RotationMetrics implements MeterBinder {

	private static final Duration ONE_SCRAPE = Duration.ofSeconds(1);

	private final RotationWorker worker;

	private volatile Reading lastReading;

	RotationMetrics(RotationWorker worker) {
		this.worker = worker;
		this.lastReading = new Reading(Optional.empty(), System.nanoTime() - ONE_SCRAPE.toNanos() - 1);
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
		return latest().filter(latest -> latest.keyset() == keyset).map(RotationProgress::running).orElse(false);
	}

	private double progress(Keyset keyset) {
		return latest().filter(latest -> latest.keyset() == keyset).map(RotationProgress::fraction).orElse(1.0);
	}

	private Optional<RotationProgress> latest() {
		long now = System.nanoTime();
		Reading reading = this.lastReading;
		if (now - reading.readAt() > ONE_SCRAPE.toNanos()) {
			reading = new Reading(this.worker.latest(), now);
			this.lastReading = reading;
		}
		return reading.latest();
	}

	private record Reading(Optional<RotationProgress> latest, long readAt) {
	}

}
