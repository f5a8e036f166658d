package org.haven.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily jobs that every Haven node schedules but only one may run at a time, each
 * with its own PostgreSQL advisory lock. {@link #claim} takes the lock for the rest of
 * the current transaction, so it is released with it, even if the node dies.
 */
public enum ClusterJob {

	/** Removing audit events older than the retention period. */
	AUDIT_RETENTION(0x4841_5645_4E00_0101L),

	/** Discarding unfinished intakes older than their retention period. */
	INTAKE_DRAFT_RETENTION(0x4841_5645_4E00_0102L),

	/** Escalating tasks overdue past their grace period to the supervisors. */
	TASK_ESCALATION(0x4841_5645_4E00_0103L),

	/** Asking the supervisors about closed cases whose retention period ended. */
	CASE_RETENTION_REVIEW(0x4841_5645_4E00_0104L),

	/** Revoking referrals whose consent ended and expiring those left unanswered. */
	REFERRAL_DEADLINES(0x4841_5645_4E00_0116L);

	private final long lock;

	ClusterJob(long lock) {
		this.lock = lock;
	}

	/**
	 * Whether this node may run the job now; {@code false} while another node runs it.
	 * Must be called inside the transaction that does the job's work.
	 */
	public boolean claim(JdbcTemplate jdbc) {
		return Boolean.TRUE
			.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, this.lock));
	}

	public long lock() {
		return this.lock;
	}

}
