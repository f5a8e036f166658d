package org.haven.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P5: verifying the audit chain of {@code cases} synthetic cases, four events each (read
 * from PostgreSQL, re-encoded, hashed, compared, checkpoint signature checked), against
 * {@code sha256sum} over a file of the same canonical bytes: how close the verifier comes
 * to the hashing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class AuditVerificationBenchmark {

	@Param("100000")
	int cases;

	ConfigurableApplicationContext context;

	Path sameBytes;

	@Setup(Level.Trial)
	public void populate() throws Exception {
		this.context = BenchmarkApplication.startWith(this.cases);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
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
		System.out.printf("%n%d canonical bytes of the chain's events%n", bytes);
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		Files.deleteIfExists(this.sameBytes);
	}

	@Benchmark
	public boolean verifyTheWholeChain() {
		return BenchmarkChain.verify(this.context);
	}

	@Benchmark
	public int sha256sumOverTheSameBytes() throws Exception {
		Process process = new ProcessBuilder("sha256sum", this.sameBytes.toString()).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor();
	}

}
