package org.haven.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class DatabaseMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseServer server;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void every_migration_applies_to_a_real_postgresql() {
		JdbcTemplate jdbc = new JdbcTemplate(this.ownerDataSource);
		List<Boolean> outcomes = jdbc
			.queryForList("select success from haven.flyway_schema_history where version is not null", Boolean.class);
		assertThat(outcomes).isNotEmpty().containsOnly(true);
		assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
			.isGreaterThanOrEqualTo(170000);
	}

	@Test
	void the_application_connects_as_its_own_role_not_as_the_schema_owner() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String user = jdbc.queryForObject("select current_user", String.class);
		String owner = jdbc.queryForObject(
				"select tableowner from pg_tables where schemaname = 'haven' and tablename = 'app_user'", String.class);
		assertThat(user).isEqualTo(this.server.endpoints().appUser());
		assertThat(owner).isEqualTo(this.server.endpoints().ownerUser()).isNotEqualTo(user);
	}

	@Test
	void the_application_role_may_neither_delete_accounts_nor_change_the_schema() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThatThrownBy(() -> jdbc.update("delete from app_user where false")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("create table intruder (id int)")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("alter table app_user add column intruder int")).rootCause()
			.hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.execute("drop table app_user_role")).rootCause()
			.hasMessageContaining("must be owner");
	}

	@Autowired
	SealerDatabase sealer;

	@Test
	void the_sealer_connects_as_a_role_of_its_own_that_may_write_the_chain_and_nothing_else() {
		JdbcTemplate jdbc = new JdbcTemplate(this.sealer.dataSource());
		assertThat(jdbc.queryForObject("select current_user", String.class))
			.isEqualTo(this.server.endpoints().sealerUser())
			.isNotEqualTo(this.server.endpoints().appUser());
		assertThatThrownBy(() -> jdbc.update(
				"insert into audit_event (occurred_at, action, outcome) " + "values (now(), 'SIGN_OUT', 'ALLOWED')"))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from audit_chain where false")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("update audit_policy set retention = retention")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.queryForList("select * from app_user")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void the_embedded_server_refuses_connections_without_a_password() {
		assumeTrue(this.server instanceof EmbeddedDatabase, "only the embedded server is configured by Haven");
		String url = this.server.endpoints().url();
		for (String role : List.of("postgres", "haven_owner", "haven_app", "haven_sealer")) {
			assertThatThrownBy(() -> {
				try (Connection ignored = DriverManager.getConnection(url, role, "")) {
					// connecting is the failure
				}
			}).as(role).isInstanceOf(SQLException.class);
		}
	}

}
