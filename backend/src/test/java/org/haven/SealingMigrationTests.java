package org.haven;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.crypto.SealingMigration;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade of a database whose rows that grant access were stored before Haven sealed
 * them: migrations V0040 and V0041 seal each such row once, with the keys open, and the
 * rows keep granting exactly what they granted.
 */
@IntegrationTest
class SealingMigrationTests {

	static final List<String> SEALED_TABLES = List.of("case_file", "case_caseworker", "break_glass_grant", "app_user",
			"app_user_role");

	@Autowired
	List<SealingMigration> migrations;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService localSignIn;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Tampering tampering;

	JdbcTemplate owner;

	DataSource ownerDataSource;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.ownerDataSource = ownerDataSource;
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	@Test
	void rows_stored_before_haven_sealed_them_are_sealed_by_the_migrations_and_grant_what_they_granted()
			throws Exception {
		CaseCode template = this.fixtures.takenInBy("carol",
				TestIdentities.identity("Efua", "Mensah", LocalDate.of(1991, 9, 10), null, null));
		UUID templateId = (UUID) this.tampering.row("select id from case_file where code = ?", template.value())
			.get("id");
		UUID legacyCase = UUID.randomUUID();
		CaseCode legacyCode = new CaseCode("C-5EA1-0041");
		UUID legacyAccount = UUID.randomUUID();
		UUID carol = this.directory.idOf("carol").orElseThrow();
		SEALED_TABLES
			.forEach(table -> this.owner.execute("ALTER TABLE haven." + table + " ALTER COLUMN seal DROP NOT NULL"));
		this.tampering.insertCopy("case_file", Map.of("id", legacyCase, "code", legacyCode.value()), "id = ?",
				templateId);
		this.tampering.insertCopy("case_caseworker", Map.of("case_id", legacyCase), "case_id = ?", templateId);
		this.tampering.insertCopy("app_user", Map.of("id", legacyAccount, "username", "legacy"), "id = ?", carol);
		this.tampering.insertCopy("app_user_role", Map.of("user_id", legacyAccount), "user_id = ?", carol);
		this.owner.update("update haven.case_file set seal = null where id = ?", legacyCase);
		this.owner.update("update haven.case_caseworker set seal = null where case_id = ?", legacyCase);
		this.owner.update("update haven.app_user set seal = null where id = ?", legacyAccount);
		this.owner.update("update haven.app_user_role set seal = null where user_id = ?", legacyAccount);

		try (Connection connection = this.ownerDataSource.getConnection()) {
			connection.createStatement().execute("set search_path = haven");
			for (SealingMigration migration : this.migrations) {
				migration.migrate(context(connection));
			}
		}

		assertThat(this.owner.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'haven' and column_name = 'seal' and is_nullable = 'NO'""", String.class))
			.containsExactlyInAnyOrderElementsOf(SEALED_TABLES);
		assertThat(TestSecurity.asCaseworker(() -> this.cases.open(legacyCode)).code()).isEqualTo(legacyCode);
		assertThat(this.localSignIn.loadUserByUsername("legacy").getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CASEWORKER");
		assertThat(this.directory.idOf("legacy")).contains(legacyAccount);
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

}
