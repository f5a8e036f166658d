package org.haven.audit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links every event written straight into the database into the audit chain, through
 * Haven's own sealer, and signs a checkpoint over the head: the chain a verifier then
 * walks is the one Haven would have made.
 */
public final class BenchmarkChain {

	private BenchmarkChain() {
	}

	/**
	 * Seals until no event is left outside the chain (the background sealer may link some
	 * of them); returns how many this call linked.
	 */
	public static long sealEverything(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		AuditSealer sealer = context.getBean(AuditSealer.class);
		long linked = 0;
		while (true) {
			int added = sealer.sealAvailable();
			linked += added;
			if (added > 0) {
				continue;
			}
			// the background sealer may hold the writer's lock for a moment; past the
			// head
			// is a cheap look, the whole table a sure one
			if (!jdbc.queryForObject("select exists (select 1 from audit_event where seq > "
					+ "(select coalesce(max(event_seq), 0) from audit_chain))", Boolean.class)
					&& jdbc.queryForObject("select count(*) from audit_event e where not exists "
							+ "(select 1 from audit_chain c where c.event_seq = e.seq)", Long.class) == 0) {
				break;
			}
			sleep();
		}
		sealer.checkpointNow();
		return linked;
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sealing", ex);
		}
	}

	/** Verifies the whole chain as the audit screen does; whether it is intact. */
	public static boolean verify(ApplicationContext context) {
		return context.getBean(AuditVerifier.class).verify(null, false, position -> {
		}).intact();
	}

}
