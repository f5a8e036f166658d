package org.haven.casefile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells this node when break-glass openings changed on any node: PostgreSQL delivers the
 * notification that {@link BreakGlassGrants} sends within the change's transaction, when
 * it commits, to every node listening; this one then publishes
 * {@link BreakGlassOpeningsChanged}. One connection of the pool stays with the listener;
 * when the database goes away the listener tries again every few seconds.
 */
@Component
class BreakGlassSignals implements SmartLifecycle {

	static final String CHANNEL = "haven_break_glass";

	private static final Logger log = LoggerFactory.getLogger(BreakGlassSignals.class);

	private static final int WAIT_MILLIS = 1000;

	private static final long RETRY_MILLIS = 5000;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	private volatile Thread listener;

	BreakGlassSignals(DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	@Override
	public void start() {
		this.running = true;
		this.listener = Thread.ofPlatform().name("break-glass-signals").daemon().start(this::listen);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(2 * WAIT_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
					if (received != null && received.length > 0) {
						publish();
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("Listening for break-glass openings failed ({}); trying again in a few seconds",
							ex.getClass().getSimpleName());
					pause();
				}
			}
		}
	}

	private void publish() {
		try {
			this.events.publishEvent(new BreakGlassOpeningsChanged());
		}
		catch (RuntimeException ex) {
			log.warn("A listener of break-glass openings failed", ex);
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
