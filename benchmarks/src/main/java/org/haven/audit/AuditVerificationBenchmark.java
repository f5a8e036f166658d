package org.haven.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Verifying a chain of 100,000 events (read from PostgreSQL, re-encoded, hashed,
 * compared) against {@code sha256sum} over a file of the same canonical bytes: how close
 * the verifier comes to the hashing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class AuditVerificationBenchmark {

	static final int EVENTS = BenchmarkApplication.scaled(100_000);

	ConfigurableApplicationContext context;

	AuditVerifier verifier;

	Path sameBytes;

	@Setup(Level.Trial)
	public void populate() throws Exception {
		this.context = BenchmarkApplication.start();
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			rows.add(new Object[] { Timestamp.from(Instant.now()), "actor-" + (i % 40), "user" + (i % 40), "CASEWORKER",
					"IDENTITY_REVEALED", "PERSON", "P-0000-" + String.format("%04d", i % 10_000),
					"givenNames,familyNames", "ALLOWED" });
		}
		jdbc.batchUpdate("insert into audit_event (occurred_at, actor_id, actor_username, actor_roles, action, "
				+ "subject_type, subject_id, fields, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		AuditSealer sealer = this.context.getBean(AuditSealer.class);
		while (jdbc.queryForObject("select count(*) from audit_event e where not exists "
				+ "(select 1 from audit_chain c where c.event_seq = e.seq)", Long.class) > 0) {
			sealer.sealAvailable();
		}
		sealer.checkpointNow();
		this.verifier = this.context.getBean(AuditVerifier.class);
		this.sameBytes = Files.createTempFile("haven-audit-bytes-", ".bin");
		long bytes = 0;
		try (OutputStream out = Files.newOutputStream(this.sameBytes)) {
			for (AuditEvent event : jdbc.query("select " + AuditEventRows.COLUMNS + " from audit_event order by seq",
					AuditEventRows.MAPPER)) {
				byte[] encoded = ChainHash.encoded(ChainHash.GENESIS, event, event.seq());
				out.write(encoded);
				bytes += encoded.length;
			}
		}
		System.out.printf("%n%d events, %d canonical bytes%n", EVENTS, bytes);
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.context.close();
		Files.deleteIfExists(this.sameBytes);
	}

	@Benchmark
	public boolean verifyTheWholeChain() {
		return this.verifier.verify(null, false, position -> {
		}).intact();
	}

	@Benchmark
	public int sha256sumOverTheSameBytes() throws Exception {
		Process process = new ProcessBuilder("sha256sum", this.sameBytes.toString()).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor();
	}

}
