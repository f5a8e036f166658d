package org.haven.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.api.Assertions;
import org.haven.BackendTestApplication;
import org.haven.StandaloneHaven;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Haven's data lives in a real PostgreSQL: its own embedded one by default, or one it is
 * pointed at.
 */
class DatabaseServerTests {

	@Test
	void an_account_created_before_a_restart_is_still_there_after_it(@TempDir Path havenHome) {
		try (ConfigurableApplicationContext first = StandaloneHaven.start(havenHome)) {
			createAccount(first, "still-here");
		}
		assertThat(havenHome.resolve("postgres/data/PG_VERSION")).exists();

		try (ConfigurableApplicationContext second = StandaloneHaven.start(havenHome)) {
			assertThat(accounts(second)).extracting(UserSummary::username).contains("still-here");
		}
	}

	@Test
	void with_a_database_url_haven_migrates_and_uses_that_server_as_the_application_role(@TempDir Path havenHome)
			throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			createRolesAsAnAdministratorWould(server, "owner-secret-1", "app-secret-2", "sealer-secret-3");
			String url = "jdbc:postgresql://localhost:" + server.getPort() + "/haven";

			try (ConfigurableApplicationContext haven = start("--haven.home=" + havenHome, "--haven.db.url=" + url,
					"--haven.db.user=haven_app", "--haven.db.password=app-secret-2",
					"--haven.db.owner.user=haven_owner", "--haven.db.owner.password=owner-secret-1",
					"--haven.db.sealer.user=haven_sealer", "--haven.db.sealer.password=sealer-secret-3")) {
				createAccount(haven, "external-user");
				JdbcTemplate jdbc = haven.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("haven_app");
				assertThat(jdbc.queryForObject("select current_setting('port')::int", Integer.class))
					.isEqualTo(server.getPort());
				assertThat(havenHome.resolve("postgres")).doesNotExist();
			}
			try (Connection connection = server.getDatabase("postgres", "haven").getConnection();
					Statement statement = connection.createStatement()) {
				var result = statement
					.executeQuery("select count(*) from haven.app_user where username = 'external-user'");
				result.next();
				assertThat(result.getInt(1)).isEqualTo(1);
			}
		}
	}

	/**
	 * Runs deploy/postgres/create-roles.sql, the script an administrator runs with psql.
	 */
	private static void createRolesAsAnAdministratorWould(EmbeddedPostgres server, String ownerPassword,
			String appPassword, String sealerPassword) throws Exception {
		String script = Files.readString(Path.of("../deploy/postgres/create-roles.sql"))
			.replace(":'owner_password'", "'" + ownerPassword + "'")
			.replace(":'app_password'", "'" + appPassword + "'")
			.replace(":'sealer_password'", "'" + sealerPassword + "'");
		List<String> statements = List.of(script.replaceAll("(?m)^--.*$", "").split(";"));
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
	}

	@Test
	void with_a_database_url_but_no_sealer_role_haven_refuses_to_start_and_says_which_setting_is_missing() {
		DatabaseProperties properties = new DatabaseProperties("jdbc:postgresql://localhost:5432/haven", "haven_app",
				"app-secret", new DatabaseProperties.Owner("haven_owner", "owner-secret"),
				new DatabaseProperties.Sealer(null, null), null, false, 0, 0, null);

		Assertions.assertThatThrownBy(() -> new ExternalDatabase(properties))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HAVEN_DB_SEALER_USER")
			.hasMessageContaining("haven_sealer");
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(BackendTestApplication.class).run(arguments);
	}

	private static void createAccount(ConfigurableApplicationContext context, String username) {
		asAdministrator(() -> context.getBean(UserAccountService.class)
			.createAccount(new NewUserAccount(username, username, Set.of(Role.CASEWORKER), "long-enough-secret-42")));
	}

	private static List<UserSummary> accounts(ConfigurableApplicationContext context) {
		return asAdministrator(() -> context.getBean(UserAccountService.class).listAccounts());
	}

	private static <T> T asAdministrator(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated("adam", null, List.of(Role.ADMIN.authority())));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
