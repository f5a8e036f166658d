package org.haven.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs Haven's benchmarks and prints their figures with the ratios the design asks about.
 * Figures depend on the machine; they are reported, never asserted. {@code smoke} (what
 * {@code ./mvnw verify} runs) runs each benchmark once, on a thousandth of its data, for
 * one short iteration, all in one JVM: it proves they still work, and fails when one
 * throws.
 */
public final class HavenBenchmarks {

	private HavenBenchmarks() {
	}

	public static void main(String[] arguments) throws Exception {
		String include = arguments.length > 0 ? arguments[0] : ".*Benchmark.*";
		boolean smoke = arguments.length > 1 && arguments[1].equals("smoke");
		ChainedOptionsBuilder builder = new OptionsBuilder().include(include).shouldFailOnError(true);
		if (smoke) {
			// figures of a smoke run mean nothing, so another build benchmarking on this
			// machine may run beside it
			System.setProperty("jmh.ignoreLock", "true");
			builder.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200)).forks(0);
			// one JVM for all: the smoke run proves that each benchmark works, and a fork
			// each cost minutes
			System.setProperty("haven.benchmark.smoke", "true");
		}
		Options options = builder.build();
		Collection<RunResult> results = new Runner(options).run();
		if (smoke) {
			System.out.printf("%nBenchmark smoke run: %d benchmarks ran once on tiny data (figures mean nothing)%n",
					results.size());
			return;
		}

		Map<String, RunResult> byName = new TreeMap<>();
		results.forEach(result -> byName.put(result.getParams().getBenchmark().replaceAll(".*\\.", ""), result));
		System.out.println();
		System.out.println("Haven benchmark figures (time per operation, or operations per second)");
		byName.forEach((name, result) -> System.out.printf("  %-40s %12.3f %s%n", name,
				result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit()));
		ratio(byName, "blindIndexSearchByFamilyName", "plaintextIndexedEquality",
				"blind-index search / plaintext indexed equality");
		ratio(byName, "plainInsert", "auditTrailRecord", "plain inserts / audit events per second");
		ratio(byName, "verifyTheWholeChain", "sha256sumOverTheSameBytes", "chain verification / sha256sum");
	}

	private static void ratio(Map<String, RunResult> results, String slower, String faster, String label) {
		RunResult a = results.get(slower);
		RunResult b = results.get(faster);
		if (a != null && b != null) {
			System.out.printf("  %-40s %12.1f x%n", label,
					a.getPrimaryResult().getScore() / b.getPrimaryResult().getScore());
		}
	}

}
