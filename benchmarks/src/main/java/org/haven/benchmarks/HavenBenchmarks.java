package org.haven.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.haven.BenchmarkApplication;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs Haven's benchmarks and prints their figures. Figures depend on the machine; they
 * are reported, never asserted. Arguments: which benchmarks (a pattern), the mode, the
 * sizes (cases, comma-separated) and the Markdown file the full mode writes.
 * <ul>
 * <li>{@code smoke} (what {@code ./mvnw verify} runs) runs every benchmark and the
 * concurrent sessions once, on 100 cases, for one short iteration, all in one JVM: it
 * proves they still work, fails when one throws or a read goes unaudited, and writes
 * nothing.</li>
 * <li>{@code full} ({@code ./mvnw -Pbenchmark -DskipTests verify}) runs P1-P6 at each
 * size on one database filled once per size, prints Haven's figure beside the raw SQL one
 * with their ratio and errors, and writes them with the machine into the file after each
 * size.</li>
 * <li>{@code generate} only fills a database at each size and prints the rate.</li>
 * <li>anything else runs the benchmarks matching the pattern as they are annotated.</li>
 * </ul>
 */
public final class HavenBenchmarks {

	/** The side-by-side benchmarks P1-P5, one JMH class each. */
	static final String SIDE_BY_SIDE = "CasePagingBenchmark|BlindIndexSearchBenchmark|ReportsBenchmark"
			+ "|CaseCreationBenchmark|AuditVerificationBenchmark";

	static final int SESSIONS = 50;

	static final int ROUNDS = 20;

	/**
	 * From this size on, one operation of a report lasts about two minutes, many times an
	 * iteration: JMH then measures two iterations instead of the annotated three, and the
	 * sessions run half the rounds, so that a run of every size stays under two hours.
	 */
	static final int LARGE = 1_000_000;

	private HavenBenchmarks() {
	}

	public static void main(String[] arguments) throws Exception {
		String include = arguments.length > 0 ? arguments[0] : ".*Benchmark.*";
		String mode = arguments.length > 1 ? arguments[1] : "";
		List<Integer> sizes = arguments.length > 2 ? sizes(arguments[2]) : List.of(10_000, 100_000, 1_000_000);
		Path report = Path.of(arguments.length > 3 ? arguments[3] : "docs/performance.md");
		try {
			switch (mode) {
				case "smoke" -> smoke(include);
				case "full" -> full(sizes, report);
				case "generate" -> generate(sizes);
				default -> annotated(include);
			}
		}
		finally {
			BenchmarkApplication.closeShared();
		}
	}

	private static void smoke(String include) throws Exception {
		// figures of a smoke run mean nothing, so another build benchmarking on this
		// machine may run beside it
		System.setProperty("jmh.ignoreLock", "true");
		Collection<RunResult> results = new Runner(new OptionsBuilder().include(include)
			.shouldFailOnError(true)
			.param("cases", "100")
			.warmupIterations(0)
			.measurementIterations(1)
			.measurementTime(TimeValue.milliseconds(200))
			// one JVM for all: the smoke run proves that each benchmark works, and a fork
			// each cost minutes
			.forks(0)
			.build()).run();
		CaseworkerSessions.Result sessions = CaseworkerSessions.run(BenchmarkApplication.startWith(100), 5, 2);
		if (sessions.errors() > 0 || !sessions.everyReadAudited()) {
			throw new IllegalStateException(
					"The concurrent sessions failed: " + sessions.errors() + " errors " + sessions.failures() + ", "
							+ sessions.reads() + " reads, " + sessions.auditedReads() + " audited");
		}
		System.out.printf("%nBenchmark smoke run: %d benchmarks and %d sessions ran once on tiny data "
				+ "(figures mean nothing)%n", results.size(), sessions.sessions());
	}

	private static void full(List<Integer> sizes, Path report) throws Exception {
		PerformanceReport performance = new PerformanceReport();
		boolean warm = false;
		for (int cases : sizes) {
			double loadBefore = PerformanceReport.loadAverage();
			// a benchmark that throws at one size is a finding of the run, reported as
			// failed, not a reason to lose the others' figures
			ChainedOptionsBuilder options = new OptionsBuilder().include(SIDE_BY_SIDE)
				.shouldFailOnError(false)
				.param("cases", String.valueOf(cases))
				// one JVM, so that the benchmarks of a size share the database filled
				// once
				.forks(0);
			if (warm) {
				// the same JVM ran every benchmark at the smaller size: its code is
				// compiled already
				options.warmupIterations(0);
			}
			if (cases >= LARGE) {
				options.measurementIterations(2);
			}
			Collection<RunResult> results = new Runner(options.build()).run();
			warm = true;
			ConfigurableApplicationContext context = BenchmarkApplication.startWith(cases);
			CaseworkerSessions.Result sessions = CaseworkerSessions.run(context, SESSIONS,
					cases >= LARGE ? ROUNDS / 2 : ROUNDS);
			performance.add(cases, BenchmarkApplication.lastFill(), results, sessions, loadBefore,
					PerformanceReport.loadAverage(), PerformanceReport.postgresVersion(context));
			BenchmarkApplication.closeShared();
			// written after each size, so that a run stopped at a larger one keeps the
			// figures of the smaller ones
			performance.write(report);
			System.out.println(performance.markdown());
			System.out.printf("%nWritten to %s%n", report.toAbsolutePath());
		}
	}

	private static void generate(List<Integer> sizes) throws Exception {
		for (int cases : sizes) {
			BenchmarkApplication.startWith(cases);
			BenchmarkApplication.closeShared();
		}
	}

	private static void annotated(String include) throws Exception {
		Map<String, RunResult> byName = new TreeMap<>();
		new Runner(new OptionsBuilder().include(include).shouldFailOnError(true).build()).run()
			.forEach(result -> byName.put(result.getParams().getBenchmark().replaceAll(".*\\.", ""), result));
		System.out.println();
		System.out.println("Haven benchmark figures (time per operation, or operations per second)");
		byName.forEach((name, result) -> System.out.printf("  %-40s %12.3f %s%n", name,
				result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit()));
	}

	private static List<Integer> sizes(String argument) {
		List<Integer> sizes = new ArrayList<>();
		Arrays.stream(argument.split(",")).map(String::trim).filter(size -> !size.isEmpty()).forEach(size -> {
			sizes.add(Integer.parseInt(size.replace("_", "")));
		});
		return sizes;
	}

}
