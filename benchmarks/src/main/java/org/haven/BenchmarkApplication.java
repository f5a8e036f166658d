package org.haven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The backend as benchmarks use it: a throw-away embedded database, signed in as a
 * caseworker.
 */
@SpringBootApplication
public class BenchmarkApplication {

	public static ConfigurableApplicationContext start() throws Exception {
		Path home = Files.createTempDirectory("haven-benchmark-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class).run(
				"--haven.home=" + home, "--haven.db.ephemeral=true", "--haven.demo=true",
				"--spring.jpa.hibernate.ddl-auto=validate", "--spring.jpa.open-in-view=false",
				"--spring.main.banner-mode=off", "--logging.level.root=warn");
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("benchmark", null,
					List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"))));
		return context;
	}

}
