package org.haven.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.haven.organisation.Teams;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * P3: each anonymised report over the last two years of {@code cases} synthetic cases,
 * read by a supervisor of their team (persons counted once, live consent to statistics,
 * seals checked, disclosure control, the reading recorded), against one hand-written
 * GROUP BY counting the same persons by sex and age band; and the disclosure control
 * alone over that count, which is the suppression's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReportsBenchmark {

	static final String GROUP_BY = """
			select p.gender, p.age_band, count(distinct p.id)
			from case_file c
			join person p on p.code = c.person_code
			join consent_record r on r.case_id = c.id and r.purpose = 'ANONYMISED_STATISTICS' and r.withdrawn_on is null
			where c.team_id = ? and c.created_at < ?
			group by p.gender, p.age_band""";

	@Param("100000")
	int cases;

	ConfigurableApplicationContext context;

	Reports reports;

	DisclosureControl control;

	JdbcTemplate jdbc;

	ReportPeriod period;

	List<CountTable> counted;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.startWith(this.cases);
		this.reports = this.context.getBean(Reports.class);
		this.control = this.context.getBean(DisclosureControl.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
		this.period = new ReportPeriod(LocalDate.now().minusYears(2), LocalDate.now());
		this.counted = List.of(bySexAndAgeBand());
	}

	/** Which report: every kind in turn. */
	@State(Scope.Benchmark)
	public static class Kind {

		@Param
		ReportKind kind;

	}

	@Benchmark
	public Report report(Kind report) {
		return BenchmarkApplication.as("sam", "SUPERVISOR", () -> this.reports.read(report.kind, this.period));
	}

	@Benchmark
	public CountTable handWrittenGroupBy() {
		return bySexAndAgeBand();
	}

	@Benchmark
	public List<ControlledTable> suppressionAlone() {
		return this.control.controlled(this.counted, this.control.screenK());
	}

	private CountTable bySexAndAgeBand() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		this.jdbc.query(GROUP_BY,
				(RowCallbackHandler) row -> counts
					.computeIfAbsent(String.valueOf(row.getString(1)), sex -> new TreeMap<>())
					.put(String.valueOf(row.getString(2)), row.getLong(3)),
				Teams.MAIN_TEAM,
				Timestamp.from(this.period.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		List<String> sexes = new ArrayList<>(counts.keySet());
		List<String> bands = counts.values()
			.stream()
			.flatMap(row -> row.keySet().stream())
			.distinct()
			.sorted()
			.toList();
		long[][] cells = new long[sexes.size()][bands.size()];
		for (int row = 0; row < sexes.size(); row++) {
			for (int column = 0; column < bands.size(); column++) {
				cells[row][column] = counts.get(sexes.get(row)).getOrDefault(bands.get(column), 0L);
			}
		}
		return new CountTable("sex", sexes, "ageBand", bands, cells);
	}

}
