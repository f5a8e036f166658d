package org.haven.casefile;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.haven.access.AccountDirectory;
import org.haven.benchmarks.SyntheticCases;
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
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages of case lists among {@code cases} synthetic cases: the caseworker's first page of
 * 50 with every name decrypted (P1: each identity revealed, and recorded, as the
 * caseworker's screen would) against the raw SQL fetch of the same rows and ciphertexts;
 * her own cases (one in a hundred) first and last page, filtered by status, counted; a
 * supervisor's list of all cases, first page and the middle one, and its count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CasePagingBenchmark {

	@Param("100000")
	int cases;

	ConfigurableApplicationContext context;

	CaseService service;

	CaseSupervision supervision;

	JdbcTemplate jdbc;

	UUID caseworker;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.startWith(this.cases);
		this.service = this.context.getBean(CaseService.class);
		this.supervision = this.context.getBean(CaseSupervision.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
		this.caseworker = this.context.getBean(AccountDirectory.class)
			.idOf(BenchmarkApplication.CASEWORKER)
			.orElseThrow();
	}

	@Benchmark
	public void caseListPageWithNames(Blackhole blackhole) {
		BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER", () -> {
			for (CaseSummary summary : this.service.myCases(CaseQuery.all(), PageRequest.of(0, 50))) {
				blackhole.consume(summary);
				blackhole.consume(this.service.revealIdentity(summary.code()).familyNames());
			}
			return null;
		});
	}

	@Benchmark
	public Object rawCaseListPage() {
		return this.jdbc.queryForList("""
				select c.code, c.status, w.is_primary, c.next_follow_up_on, c.created_at, c.updated_at,
				       p.given_names, p.family_names
				from case_caseworker w join case_file c on c.id = w.case_id join person p on p.code = c.person_code
				where w.account_id = ?
				order by c.updated_at desc, c.id
				limit 50""", this.caseworker);
	}

	@Benchmark
	public Object myCasesFirstPage() {
		return BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER",
				() -> this.service.myCases(CaseQuery.all(), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object myCasesLastPage() {
		int mine = (this.cases + SyntheticCases.CASEWORKER_EVERY - 1) / SyntheticCases.CASEWORKER_EVERY;
		return BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER",
				() -> this.service.myCases(CaseQuery.all(), PageRequest.of(Math.max(0, mine - 1) / 50, 50)));
	}

	@Benchmark
	public Object myCasesByStatusWithFollowUpDue() {
		return BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER", () -> this.service
			.myCases(new CaseQuery(null, "", Set.of(CaseStatus.ACTIVE_ASSISTANCE), true), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object myCasesCount() {
		return BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER",
				() -> this.service.myCases(CaseQuery.all(), PageRequest.ofSize(1)).getTotalElements());
	}

	@Benchmark
	public Object supervisorFirstPage() {
		return BenchmarkApplication.as("sam", "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object supervisorMiddlePage() {
		return BenchmarkApplication.as("sam", "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.of(this.cases / 2 / 50, 50)));
	}

	@Benchmark
	public Object supervisorCount() {
		return BenchmarkApplication.as("sam", "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(1)).getTotalElements());
	}

}
