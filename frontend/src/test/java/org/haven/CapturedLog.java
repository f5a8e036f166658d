package org.haven;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Everything logged, by every logger, while it is open: what a test reads to show that no
 * message, stack trace or record id reached the log.
 */
public final class CapturedLog implements AutoCloseable {

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private CapturedLog() {
		this.appender.start();
		root().addAppender(this.appender);
	}

	public static CapturedLog start() {
		return new CapturedLog();
	}

	/** Each event as one text: the message, and the stack trace if one was logged. */
	public List<String> lines() {
		return this.appender.list.stream()
			.map(event -> event.getLoggerName() + " " + event.getFormattedMessage()
					+ (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
			.toList();
	}

	/** Whether any event carried a stack trace with its messages. */
	public boolean hasStackTraces() {
		return this.appender.list.stream().anyMatch(event -> event.getThrowableProxy() != null);
	}

	@Override
	public void close() {
		root().detachAppender(this.appender);
		this.appender.stop();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
