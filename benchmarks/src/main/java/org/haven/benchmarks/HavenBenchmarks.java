package org.haven.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs Haven's benchmarks and prints their figures with the ratios the design asks about.
 * Figures depend on the machine; they are reported, never asserted.
 */
public final class HavenBenchmarks {

	private HavenBenchmarks() {
	}

	public static void main(String[] arguments) throws Exception {
		String include = arguments.length > 0 ? arguments[0] : ".*Benchmark.*";
		Options options = new OptionsBuilder().include(include).build();
		Collection<RunResult> results = new Runner(options).run();

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
