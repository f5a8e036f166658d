package org.haven.audit;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * Runs the {@link AuditSealer}'s round every second on the application's scheduler, from
 * the moment the application is ready (after the application runners, as before) until
 * the context closes. Stopping is part of the context's lifecycle, which ends before any
 * bean is destroyed: the rounds are cancelled, the round under way is waited for and the
 * sealer writes its last head into the witness while its connection pool and the database
 * are still open.
 */
class SealerSchedule implements SmartLifecycle {

	static final Duration ROUND = Duration.ofSeconds(1);

	private final AuditSealer sealer;

	private final TaskScheduler scheduler;

	private final boolean enabled;

	private volatile boolean running;

	private volatile ScheduledFuture<?> rounds;

	SealerSchedule(AuditSealer sealer, TaskScheduler scheduler, boolean enabled) {
		this.sealer = sealer;
		this.scheduler = scheduler;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void startRounds() {
		if (this.enabled && this.running && this.rounds == null) {
			this.sealer.prepareRounds();
			this.rounds = this.scheduler.scheduleWithFixedDelay(this.sealer::round, ROUND);
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		ScheduledFuture<?> scheduled = this.rounds;
		this.rounds = null;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		this.sealer.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
