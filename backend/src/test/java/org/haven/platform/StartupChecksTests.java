package org.haven.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.haven.StandaloneHaven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings under which Haven would be unsafe with real data are refused at start-up. */
class StartupChecksTests {

	@TempDir
	Path havenHome;

	@Test
	void demo_mode_on_an_external_database_is_refused_at_start_up_before_anything_runs() {
		assertThatThrownBy(() -> StandaloneHaven.start(this.havenHome, "--haven.db.url=jdbc:postgresql://127.0.0.1:9/x",
				"--haven.db.user=haven_app", "--haven.demo-force=false"))
			.hasMessageContaining("Demo mode")
			.hasMessageContaining("HAVEN_DB_URL")
			.hasMessageContaining("HAVEN_DEMO_FORCE=true");
		assertThat(this.havenHome.resolve("keys")).doesNotExist();
	}

	@Test
	void demo_mode_runs_on_an_external_database_only_when_forced() {
		StandardEnvironment forced = checked(
				Map.of("haven.demo", "true", "haven.db.url", "jdbc:postgresql://db/haven", "haven.demo-force", "true"));
		assertThat(forced.getProperty("server.address")).isEqualTo("127.0.0.1");
		StandardEnvironment embedded = checked(Map.of("haven.demo", "true", "haven.db.url", ""));
		assertThat(embedded.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void in_demo_mode_haven_listens_on_the_loopback_address_unless_told_otherwise() {
		assertThat(checked(Map.of("haven.demo", "true")).getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(checked(Map.of("haven.demo", "true", "server.address", "0.0.0.0")).getProperty("server.address"))
			.isEqualTo("0.0.0.0");
		assertThat(checked(Map.of("haven.demo", "false")).getProperty("server.address")).isNull();
	}

	@Test
	void production_without_keycloak_is_refused_because_haven_s_own_sign_in_has_no_second_factor() {
		assertThatThrownBy(() -> checked(Map.of("haven.demo", "false"), "prod"))
			.hasMessageContaining("SPRING_PROFILES_ACTIVE=prod,keycloak")
			.hasMessageContaining("second factor");
		assertThat(checked(Map.of("haven.demo", "false"), "prod", "keycloak").getProperty("server.address")).isNull();
	}

	private static StandardEnvironment checked(Map<String, Object> settings, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(settings)));
		environment.setActiveProfiles(profiles);
		new StartupChecks(destination -> destination.get()).postProcessEnvironment(environment,
				new SpringApplication());
		return environment;
	}

}
