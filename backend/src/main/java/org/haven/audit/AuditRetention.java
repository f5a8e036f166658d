package org.haven.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long audit events are kept (seven years unless configured, never less than the
 * floor of one year that the database enforces too), and the sealer's own plan of what a
 * run may remove, against which it checks what the database's retention procedure did
 * before it signs the record of it.
 */
final class AuditRetention {

	static final Period FLOOR = Period.ofYears(1);

	private final Period period;

	AuditRetention(Period period) {
		if (belowFloor(period, LocalDate.now(ZoneOffset.UTC))) {
			throw new IllegalStateException("HAVEN_AUDIT_RETENTION (haven.audit.retention) is " + period
					+ ", below the floor of one year (P1Y): Haven keeps audit events at least a year. "
					+ "Set a longer period; see docs/security/audit.md.");
		}
		this.period = period;
	}

	static boolean belowFloor(Period period, LocalDate today) {
		return period.isNegative() || today.minus(period).isAfter(today.minus(FLOOR));
	}

	Period period() {
		return this.period;
	}

	/** The cut-off of a run at {@code now}, as the database computes it (in UTC). */
	Instant cutOff(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(this.period).toInstant();
	}

	/**
	 * The last chain position a run may remove at about {@code now}: the one before the
	 * first entry whose event is not older than the cut-off. A minute of slack covers the
	 * time between this plan and the run.
	 */
	long lastRemovable(JdbcTemplate jdbc, Instant now, long head) {
		List<Long> keepFrom = jdbc.queryForList("""
				select c.position from audit_chain c join audit_event e on e.seq = c.event_seq
				where e.occurred_at >= ? order by c.position limit 1""", Long.class,
				Timestamp.from(cutOff(now.plusSeconds(60))));
		return keepFrom.isEmpty() ? head : keepFrom.getFirst() - 1;
	}

	/** Runs the database's retention procedure; what it removed, if anything. */
	Optional<Run> run(JdbcTemplate jdbc) {
		return jdbc
			.query("select * from audit_apply_retention()",
					(row, number) -> new Run(row.getTimestamp("run_at").toInstant(),
							row.getTimestamp("run_cut_off").toInstant(), row.getLong("removed_from"),
							row.getLong("removed_to"), row.getBytes("anchor"), row.getLong("events_removed")))
			.stream()
			.findFirst();
	}

	/** What one run of the procedure says it removed. */
	record Run(Instant at, Instant cutOff, long firstRemoved, long lastRemoved, byte[] anchor, long eventsRemoved) {
	}

}
