package org.haven.audit;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * Runs the {@link AuditSealer}'s round every second on the application's scheduler, from
 * the moment the application is ready (after the application runners, as before) while
 * the context runs. Stopping the context cancels the rounds and waits for the one under
 * way; starting it again (a test context paused and resumed) seals again. When the
 * context closes, the sealer writes its last head into the witness before its connection
 * pool and the database close: beans are destroyed before those they depend on.
 */
class SealerSchedule implements SmartLifecycle, DisposableBean {

	static final Duration ROUND = Duration.ofSeconds(1);

	private final AuditSealer sealer;

	private final TaskScheduler scheduler;

	private final boolean enabled;

	private final Object roundUnderWay = new Object();

	private volatile boolean running;

	private volatile boolean ready;

	private volatile ScheduledFuture<?> rounds;

	SealerSchedule(AuditSealer sealer, TaskScheduler scheduler, boolean enabled) {
		this.sealer = sealer;
		this.scheduler = scheduler;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void startRounds() {
		this.ready = true;
		this.sealer.prepareRounds();
		scheduleRounds();
	}

	@Override
	public synchronized void start() {
		this.running = true;
		scheduleRounds();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		ScheduledFuture<?> scheduled = this.rounds;
		this.rounds = null;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		synchronized (this.roundUnderWay) {
			// the round under way has ended
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void destroy() {
		this.sealer.stop();
	}

	private void scheduleRounds() {
		if (this.enabled && this.running && this.ready && this.rounds == null) {
			this.rounds = this.scheduler.scheduleWithFixedDelay(this::round, ROUND);
		}
	}

	private void round() {
		synchronized (this.roundUnderWay) {
			if (this.running) {
				this.sealer.round();
			}
		}
	}

}
