package org.haven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.haven.access.AccountDirectory;
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
 * allows: through cases assigned to her. With {@code -Dhaven.benchmark.smoke=true} (the
 * build's smoke run) every benchmark works on a thousandth of its data.
 */
@SpringBootApplication
public class BenchmarkApplication {

	public static final String CASEWORKER = "carol";

	public static ConfigurableApplicationContext start() throws Exception {
		Path home = Files.createTempDirectory("haven-benchmark-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class).run(
				"--haven.home=" + home, "--haven.db.ephemeral=true", "--haven.demo=true",
				"--spring.jpa.hibernate.ddl-auto=validate", "--spring.jpa.open-in-view=false",
				"--spring.main.banner-mode=off", "--logging.level.root=warn");
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CASEWORKER, null,
					List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"))));
		return context;
	}

	/** How much data a benchmark makes: all of it, or a thousandth for the smoke run. */
	public static int scaled(int full) {
		return Boolean.getBoolean("haven.benchmark.smoke") ? Math.max(10, full / 1000) : full;
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
