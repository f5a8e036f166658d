package org.haven.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.haven.reporting.ReportKind;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full run's figures as Markdown: the machine, the fills, P1-P5 side by side (Haven,
 * raw SQL, ratio, each with its JMH error), P6's sessions, and the other figures the same
 * benchmarks measured.
 */
final class PerformanceReport {

	/** A row of the side-by-side table: which Haven benchmark against which raw one. */
	record Pair(String number, String work, String haven, String raw) {
	}

	static final List<Pair> PAIRS = List.of(
			new Pair("P1", "caseworker's case list page, 50 rows, names decrypted", "caseListPageWithNames",
					"rawCaseListPage"),
			new Pair("P2", "exact family-name search: blind index / plaintext indexed equality",
					"blindIndexSearchByFamilyName", "plaintextIndexedEquality"),
			new Pair("P3", "suppression alone / the GROUP BY", "suppressionAlone", "handWrittenGroupBy"),
			new Pair("P4", "case created end to end / raw INSERTs of its rows", "intakeEndToEnd",
					"rawInsertsOfTheSameRows"),
			new Pair("P5", "audit chain verification / sha256sum over the same bytes", "verifyTheWholeChain",
					"sha256sumOverTheSameBytes"));

	static final String FAILED = "**failed**";

	private final List<String> sideBySide = new ArrayList<>();

	private final List<String> reports = new ArrayList<>();

	private final List<String> fills = new ArrayList<>();

	private final List<String> sessions = new ArrayList<>();

	private final List<String> others = new ArrayList<>();

	private final List<String> loads = new ArrayList<>();

	private String postgres = "";

	private double loadAtStart = -1;

	/**
	 * Taken when the run begins: the file it rewrites after each size would make the tree
	 * look changed.
	 */
	private final Optional<String> commit = commit();

	void add(int cases, SyntheticCases.Filled filled, Collection<RunResult> results,
			CaseworkerSessions.Result concurrent, double loadBefore, double loadAfter, String postgresVersion) {
		this.postgres = postgresVersion;
		if (this.loadAtStart < 0) {
			this.loadAtStart = loadBefore;
		}
		Map<String, Result<?>> byName = new TreeMap<>();
		results.forEach(result -> byName.put(name(result), result.getPrimaryResult()));
		String size = String.format(Locale.ROOT, "%,d", cases);
		this.fills.add(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %,.0f |", size, filled.auditEvents(),
				filled.writing().toSeconds(), filled.sealing().toSeconds(), filled.casesPerSecond()));
		for (Pair pair : PAIRS) {
			Result<?> haven = byName.remove(pair.haven());
			Result<?> raw = byName.get(pair.raw());
			this.sideBySide.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", pair.number(),
					pair.work(), size, figure(haven), figure(raw), ratio(haven, raw)));
		}
		Result<?> groupBy = byName.remove("handWrittenGroupBy");
		byName.remove("rawCaseListPage");
		byName.remove("plaintextIndexedEquality");
		byName.remove("rawInsertsOfTheSameRows");
		byName.remove("sha256sumOverTheSameBytes");
		for (ReportKind kind : ReportKind.values()) {
			Result<?> report = byName.remove("report[" + kind + "]");
			this.reports.add(String.format(Locale.ROOT, "| P3 | %s | %s | %s | %s | %s |", kind, size, figure(report),
					figure(groupBy), ratio(report, groupBy)));
		}
		byName.forEach((name, result) -> this.others
			.add(String.format(Locale.ROOT, "| %s | %s | %s |", name, size, figure(result))));
		this.sessions.add(sessionsRow(size, concurrent));
		this.loads.add(String.format(Locale.ROOT, "%s cases: load average %.2f before, %.2f after", size, loadBefore,
				loadAfter));
	}

	private static String sessionsRow(String size, CaseworkerSessions.Result result) {
		StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d x %d | %d | %d |", size,
				result.sessions(), result.rounds(), result.errors(), result.conflicts()));
		for (CaseworkerSessions.Step step : CaseworkerSessions.Step.values()) {
			double[] percentiles = result.latencies().get(step);
			row.append(String.format(Locale.ROOT, " %.1f / %.1f / %.1f |", percentiles[0], percentiles[1],
					percentiles[2]));
		}
		row.append(String.format(Locale.ROOT, " %,d / %,d %s |", result.reads(), result.auditedReads(),
				result.everyReadAudited() ? "(equal)" : "(DIFFERENT)"));
		return row.toString();
	}

	String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("# Performance\n\n");
		text.append("Written by the benchmark command (`./mvnw -Pbenchmark -DskipTests verify`, see below); "
				+ "figures from one run on one machine, never asserted. Every Haven figure stands beside the same "
				+ "work done in raw SQL on the same rows in the same run; the ratio is Haven / raw. The error is "
				+ "JMH's 99.9% confidence half-interval.\n\n");
		text.append("## Machine\n\n");
		text.append("- CPU: ").append(cpu()).append('\n');
		text.append("- Cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
		text.append("- RAM: ").append(memory()).append('\n');
		text.append("- JDK: ")
			.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.runtime.version"))
			.append('\n');
		text.append("- PostgreSQL: ").append(this.postgres).append('\n');
		text.append("- Date: ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
			.append('\n');
		this.commit.ifPresent(commit -> text.append("- Commit: ").append(commit).append('\n'));
		this.loads.forEach(load -> text.append("- ").append(load).append('\n'));
		text.append("\nThe load average after a size includes the run's own 50 concurrent sessions.\n");
		if (underLoad()) {
			text.append("\n**Taken under load**: the machine was busy before the run began (load average above "
					+ "half the cores), so absolute figures are pessimistic; the ratios, measured side by side in "
					+ "the same minutes, suffer less.\n");
		}
		text.append("\nA figure marked " + FAILED + " is a benchmark that threw at that size; the run's log "
				+ "holds the exception, and the section after the tables what is known of it.\n");
		text.append("\n## Synthetic data\n\n");
		text.append("| Cases | Audit events | Writing (s) | Sealing the chain (s) | Cases per second |\n");
		text.append("|---:|---:|---:|---:|---:|\n");
		this.fills.forEach(row -> text.append(row).append('\n'));
		text.append("\n## Side by side (P1, P2, P4, P5, P3's suppression)\n\n");
		text.append("| | Work | Cases | Haven | Raw SQL | Ratio |\n|---|---|---:|---:|---:|---:|\n");
		this.sideBySide.forEach(row -> text.append(row).append('\n'));
		text.append("\n## P3: each anonymised report against the hand-written GROUP BY\n\n");
		text.append("| | Report | Cases | Haven | GROUP BY | Ratio |\n|---|---|---:|---:|---:|---:|\n");
		this.reports.forEach(row -> text.append(row).append('\n'));
		text.append("\n## P6: concurrent caseworkers\n\n");
		text.append("Latencies in ms, p50 / p95 / p99. Conflicts are edits refused because another session "
				+ "changed the case first, as Haven must; errors are anything else.\n\n");
		text.append("| Cases | Sessions x rounds | Errors | Conflicts | List | Open | Reveal | Edit "
				+ "| Reads / audit rows |\n|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
		this.sessions.forEach(row -> text.append(row).append('\n'));
		text.append("\n## Other figures of the same runs\n\n| Benchmark | Cases | Haven |\n|---|---:|---:|\n");
		this.others.forEach(row -> text.append(row).append('\n'));
		return text.toString();
	}

	void write(Path file) throws IOException {
		String text = markdown();
		Path existing = file.toAbsolutePath();
		String commands = "";
		if (Files.exists(existing)) {
			String previous = Files.readString(existing);
			int kept = previous.indexOf(HOW_TO_RUN);
			commands = kept < 0 ? "" : previous.substring(kept);
		}
		Files.writeString(existing, text + "\n" + (commands.isEmpty() ? HOW_TO_RUN + "\n" : commands));
	}

	/** The heading of the hand-written part of the file, which a run keeps. */
	static final String HOW_TO_RUN = "## How to run";

	private boolean underLoad() {
		return this.loadAtStart > Runtime.getRuntime().availableProcessors() / 2.0;
	}

	/**
	 * The commit the run measured, as {@code git describe} gives it, if git is at hand.
	 */
	private static Optional<String> commit() {
		try {
			Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
				.start();
			String described = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return git.waitFor() == 0 && !described.isEmpty() ? Optional.of(described) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static String name(RunResult result) {
		String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
		String kind = result.getParams().getParam("kind");
		return kind == null ? name : name + "[" + kind + "]";
	}

	/** A benchmark that threw has no figure: the run's log says why. */
	private static String figure(Result<?> result) {
		if (result == null) {
			return FAILED;
		}
		double error = result.getScoreError();
		return String.format(Locale.ROOT, "%.3f ± %s %s", result.getScore(),
				Double.isNaN(error) ? "?" : String.format(Locale.ROOT, "%.3f", error), result.getScoreUnit());
	}

	private static String ratio(Result<?> haven, Result<?> raw) {
		if (haven == null || raw == null) {
			return "";
		}
		double ratio = haven.getScore() / raw.getScore();
		return String.format(Locale.ROOT, ratio >= 1 ? "%.1f x" : "%.2g x", ratio);
	}

	static double loadAverage() {
		return firstLine(Path.of("/proc/loadavg")).map(line -> Double.parseDouble(line.split(" ")[0])).orElse(0.0);
	}

	static String postgresVersion(ApplicationContext context) {
		return context.getBean(JdbcTemplate.class).queryForObject("show server_version", String.class);
	}

	private static String cpu() {
		return lines(Path.of("/proc/cpuinfo")).stream()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse(System.getProperty("os.arch"));
	}

	private static String memory() {
		return lines(Path.of("/proc/meminfo")).stream()
			.filter(line -> line.startsWith("MemTotal"))
			.map(line -> String.format(Locale.ROOT, "%.1f GiB",
					Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
			.findFirst()
			.orElse("unknown");
	}

	private static Optional<String> firstLine(Path file) {
		return lines(file).stream().findFirst();
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
