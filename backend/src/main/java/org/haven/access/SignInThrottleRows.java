package org.haven.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts of {@link SignInThrottle}, one row per count ({@code sign_in_throttle}).
 * Each statement decides and writes at once, so that parallel attempts cannot slip past a
 * count together, and none holds a lock beyond its own short transaction: a flood of
 * attempts waits on nothing, and ties up no connection.
 */
class SignInThrottleRows {

	/** Beyond this the doubling stops mattering: the longest wait caps the delay. */
	private static final int MAX_DOUBLINGS = 30;

	// An attempt counts as a failure from the moment it is let through: whoever sends
	// many
	// at once finds the free attempts used up by the first ones. A success gives its
	// attempt back.
	private static final String RESERVE = """
			INSERT INTO sign_in_throttle AS t (throttle_key, account_id, failures, last_failure_at)
			VALUES (?, ?, 1, ?)
			ON CONFLICT (throttle_key) DO UPDATE
			SET failures = CASE WHEN t.last_failure_at IS NULL OR t.last_failure_at < ? THEN 1
			                    ELSE t.failures + 1 END,
			    last_failure_at = excluded.last_failure_at
			WHERE t.last_failure_at IS NULL OR t.last_failure_at < ? OR t.failures < ?
			   OR t.last_failure_at + least(make_interval(secs => ? * power(2, least(t.failures - ?, ?))),
			                                make_interval(secs => ?)) <= excluded.last_failure_at
			RETURNING t.failures
			""";

	private final JdbcTemplate jdbc;

	SignInThrottleRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts an attempt against {@code key} if the count lets it through now: fewer than
	 * {@code free} failures since {@code forgetBefore}, or the last one long enough ago.
	 * Returns whether it was let through.
	 */
	boolean reserve(String key, UUID account, int free, Instant now, Instant forgetBefore, Duration firstDelay,
			Duration maxDelay) {
		return !this.jdbc
			.queryForList(RESERVE, Integer.class, key, account, Timestamp.from(now), Timestamp.from(forgetBefore),
					Timestamp.from(forgetBefore), free, seconds(firstDelay), free, MAX_DOUBLINGS, seconds(maxDelay))
			.isEmpty();
	}

	/** Gives back an attempt that {@link #reserve} counted and that succeeded. */
	void giveBack(String key) {
		this.jdbc.update("UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE throttle_key = ?",
				key);
	}

	/** A successful sign-in: the count starts afresh and the address becomes familiar. */
	void succeeded(String key, Instant now) {
		this.jdbc.update("UPDATE sign_in_throttle SET failures = 0, last_success_at = ? WHERE throttle_key = ?",
				Timestamp.from(now), key);
	}

	boolean succeededSince(String key, Instant since) {
		Integer found = this.jdbc.queryForObject(
				"SELECT count(*) FROM sign_in_throttle WHERE throttle_key = ? AND last_success_at >= ?", Integer.class,
				key, Timestamp.from(since));
		return found != null && found > 0;
	}

	/** Clears every count of the account; familiar addresses stay familiar. */
	void clearAccount(UUID account) {
		this.jdbc.update("UPDATE sign_in_throttle SET failures = 0 WHERE account_id = ?", account);
	}

	/**
	 * Removes counts that no longer matter, so that a flood of addresses leaves no trace.
	 */
	int prune(Instant failedBefore, Instant succeededBefore) {
		return this.jdbc.update("""
				DELETE FROM sign_in_throttle
				WHERE (last_failure_at IS NULL OR last_failure_at < ?)
				  AND (last_success_at IS NULL OR last_success_at < ?)
				""", Timestamp.from(failedBefore), Timestamp.from(succeededBefore));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
