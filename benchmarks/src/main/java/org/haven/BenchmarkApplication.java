package org.haven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.haven.access.AccountDirectory;
import org.haven.benchmarks.SyntheticCases;
import org.haven.casefile.BenchmarkSeals;
import org.haven.crypto.AuthorizationSeal;
import org.haven.organisation.Teams;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The backend as benchmarks use it: a throw-away embedded database in demo mode, signed
 * in as the demo caseworker {@value #CASEWORKER}, who reaches persons the way production
 * allows: through cases assigned to her.
 */
@SpringBootApplication
public class BenchmarkApplication {

	public static final String CASEWORKER = "carol";

	/** Cases enough for benchmarks whose figures do not depend on how many there are. */
	public static final int FEW_CASES = 100;

	/**
	 * Connections for P6's 50 sessions at once, so that they measure Haven's work rather
	 * than waits for a connection, as in the run that docs/performance.md reports. The
	 * default of 10 no longer fails under them (decision 0051), it only queues them.
	 */
	static final int POOL_SIZE = 64;

	private static ConfigurableApplicationContext shared;

	private static int sharedCases;

	private static SyntheticCases.Filled lastFill;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(BenchmarkApplication::closeShared));
	}

	public static ConfigurableApplicationContext start() throws Exception {
		Path home = Files.createTempDirectory("haven-benchmark-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class).run(
				"--haven.home=" + home, "--haven.db.ephemeral=true", "--haven.demo=true",
				"--haven.db.pool-size=" + POOL_SIZE, "--spring.jpa.hibernate.ddl-auto=validate",
				"--spring.jpa.open-in-view=false", "--spring.main.banner-mode=off", "--logging.level.root=warn");
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CASEWORKER, null,
					List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"))));
		return context;
	}

	/**
	 * The backend with {@code cases} synthetic cases in its database
	 * ({@link SyntheticCases}, family names also in clear for the comparison), the audit
	 * chain sealed over them. Benchmarks of one size share it within a JVM: filling it is
	 * the slow part, and what they add to it (a few thousand cases, edits and audit
	 * events) is small beside it. It stays open until another size is asked for, or the
	 * JVM ends.
	 */
	public static synchronized ConfigurableApplicationContext startWith(int cases) throws Exception {
		if (shared != null && sharedCases == cases) {
			return shared;
		}
		closeShared();
		ConfigurableApplicationContext context = start();
		JdbcTemplate owner = new JdbcTemplate(context.getBean("flywayDataSource", DataSource.class));
		owner.execute("create table haven.benchmark_plain_person (id uuid primary key, family_name text not null)");
		owner.execute("create index benchmark_plain_by_family_name on haven.benchmark_plain_person (family_name)");
		owner.execute("grant select, insert on haven.benchmark_plain_person to haven_app");
		lastFill = new SyntheticCases(context, cases).withPlaintextNames().fill();
		System.out.printf("%n%,d synthetic cases written in %d s, %,d audit events sealed in %d s: %,.0f cases/s%n",
				cases, lastFill.writing().toSeconds(), lastFill.auditEvents(), lastFill.sealing().toSeconds(),
				lastFill.casesPerSecond());
		shared = context;
		sharedCases = cases;
		return context;
	}

	/** How the shared database's last fill went. */
	public static synchronized SyntheticCases.Filled lastFill() {
		return lastFill;
	}

	/** Closes the database {@link #startWith} shares, if any. */
	public static synchronized void closeShared() {
		if (shared != null) {
			shared.close();
			shared = null;
		}
	}

	/** Does the work signed in as this user with this role, in this thread. */
	public static <T> T as(String username, String role, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		return work.get();
	}

	/**
	 * Opens a case for every person who has none and assigns it to the benchmarks'
	 * caseworker, so that she may know of them under the production access rule.
	 */
	public static void assignEveryPersonToTheCaseworker(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		UUID caseworker = context.getBean(AccountDirectory.class).idOf(CASEWORKER).orElseThrow();
		jdbc.update(
				"""
						insert into case_file (id, code, person_code, status, consent_to_record, consent_recorded_at, situation,
						                       needs, non_punishment, created_by, created_at, updated_at, version,
						                       assignment_generation, seal, team_id, team_seal)
						select gen_random_uuid(), 'C-' || substring(p.code from 3), p.code, 'INTAKE', true, now(), '{}', '{}', '{}',
						       ?, now(), now(), 0, 1, ''::bytea, ?, ''::bytea
						from person p
						where not exists (select 1 from case_file c where c.person_code = p.code)""",
				caseworker, Teams.MAIN_TEAM);
		AuthorizationSeal seal = context.getBean(AuthorizationSeal.class);
		BenchmarkSeals.sealCases(jdbc, seal);
		BenchmarkSeals.assignPrimaries(jdbc, seal, code -> caseworker);
	}

}
