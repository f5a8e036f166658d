package org.haven.audit;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events appended per second by eight concurrent writers through the audit trail (an
 * event of its own transaction, actor looked up, chain sealed in the background) against
 * plain INSERTs of the same rows into the same table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(8)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class AuditAppendBenchmark {

	ConfigurableApplicationContext context;

	AuditTrail trail;

	JdbcTemplate jdbc;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.startWith(BenchmarkApplication.FEW_CASES);
		this.trail = this.context.getBean(AuditTrail.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
	}

	@Benchmark
	public void auditTrailRecord() {
		this.trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of("name"), "found 0");
	}

	@Benchmark
	public void plainInsert() {
		this.jdbc.update("insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, fields, "
				+ "outcome, reason) values (now(), 'benchmark', 'benchmark', 'CASEWORKER', 'PERSONS_SEARCHED', 'name', "
				+ "'ALLOWED', 'found 0')");
	}

}
