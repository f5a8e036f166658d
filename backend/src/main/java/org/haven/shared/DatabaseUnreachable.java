package org.haven.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because PostgreSQL could not be reached (stopped, restarting, the
 * network gone) from every other: no connection could be had within the pool's timeout,
 * or the server ended the connection. Whatever was being done did not happen, in whole:
 * its transaction never began or was rolled back with the connection. Users are told that
 * the database cannot be reached and to try again shortly, not that something is broken.
 */
public final class DatabaseUnreachable {

	/** The server is shutting down, crashed, or refuses connections while it starts. */
	private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

	/**
	 * What the pool answers for a connection it dropped because the server ended it: the
	 * rollback after the failed statement gets this, and hides the statement's own error.
	 */
	private static final String DROPPED_BY_THE_POOL = "Connection is closed";

	private DatabaseUnreachable() {
	}

	public static boolean causedIt(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& DROPPED_BY_THE_POOL.equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
