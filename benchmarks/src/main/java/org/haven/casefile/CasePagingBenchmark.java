package org.haven.casefile;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.haven.BenchmarkApplication;
import org.haven.access.AccountDirectory;
import org.haven.crypto.AuthorizationSeal;
import org.haven.organisation.Teams;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Pages of case lists with 100,000 cases in the database: a caseworker's own cases (1,000
 * of them) first and last page, filtered by status, counted; a supervisor's list of all
 * cases, first page and page 1,000, and its count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CasePagingBenchmark {

	static final int CASES = BenchmarkApplication.scaled(100_000);

	ConfigurableApplicationContext context;

	CaseService cases;

	CaseSupervision supervision;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.start();
		this.cases = this.context.getBean(CaseService.class);
		this.supervision = this.context.getBean(CaseSupervision.class);
		AccountDirectory accounts = this.context.getBean(AccountDirectory.class);
		UUID carol = accounts.idOf("carol").orElseThrow();
		UUID chen = accounts.idOf("chen").orElseThrow();
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		jdbc.update(
				"""
						insert into person (id, code, created_at, updated_at, version)
						select gen_random_uuid(), 'P-' || left(lpad(n::text, 8, '0'), 4) || '-' || right(lpad(n::text, 8, '0'), 4),
						       now(), now(), 0
						from generate_series(1, ?) n""",
				CASES);
		jdbc.update(
				"""
						insert into case_file (id, code, person_code, status, consent_to_record, consent_recorded_at, situation,
						                       needs, non_punishment, next_follow_up_on, created_by, created_at, updated_at, version,
						                       assignment_generation, seal, team_id, team_seal)
						select gen_random_uuid(), 'C-' || left(lpad(n::text, 8, '0'), 4) || '-' || right(lpad(n::text, 8, '0'), 4),
						       'P-' || left(lpad(n::text, 8, '0'), 4) || '-' || right(lpad(n::text, 8, '0'), 4),
						       (array['INTAKE','ASSESSMENT','ACTIVE_ASSISTANCE','REINTEGRATION_FOLLOW_UP','CLOSED'])[1 + n % 5],
						       true, now(), '{}', '{}', '{}', current_date + (n % 60) - 30, ?, now() - n * interval '1 minute',
						       now() - n * interval '1 minute', 0, 1, ''::bytea, ?, ''::bytea
						from generate_series(1, ?) n""",
				chen, Teams.MAIN_TEAM, CASES);
		AuthorizationSeal seal = this.context.getBean(AuthorizationSeal.class);
		BenchmarkSeals.sealCases(jdbc, seal);
		// every hundredth case is Carol's: her 1,000 cases among 100,000
		BenchmarkSeals.assignPrimaries(jdbc, seal,
				code -> Integer.parseInt(code.substring(2).replace("-", "")) % 100 == 0 ? carol : chen);
		jdbc.execute("analyze");
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public Object myCasesFirstPage() {
		return as("carol", "CASEWORKER", () -> this.cases.myCases(CaseQuery.all(), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object myCasesLastPage() {
		return as("carol", "CASEWORKER",
				() -> this.cases.myCases(CaseQuery.all(), PageRequest.of(Math.max(0, CASES / 100 - 50) / 50, 50)));
	}

	@Benchmark
	public Object myCasesByStatusWithFollowUpDue() {
		return as("carol", "CASEWORKER", () -> this.cases
			.myCases(new CaseQuery(null, "", Set.of(CaseStatus.ACTIVE_ASSISTANCE), true), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object myCasesCount() {
		return as("carol", "CASEWORKER",
				() -> this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(1)).getTotalElements());
	}

	@Benchmark
	public Object supervisorFirstPage() {
		return as("sam", "SUPERVISOR", () -> this.supervision.cases(SupervisorQuery.all(), PageRequest.of(0, 50)));
	}

	@Benchmark
	public Object supervisorPageOneThousand() {
		return as("sam", "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.of(CASES / 2 / 50, 50)));
	}

	@Benchmark
	public Object supervisorCount() {
		return as("sam", "SUPERVISOR",
				() -> this.supervision.cases(SupervisorQuery.all(), PageRequest.ofSize(1)).getTotalElements());
	}

	private static <T> T as(String username, String role, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		return work.get();
	}

}
