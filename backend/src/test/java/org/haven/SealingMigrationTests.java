package org.haven;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upgrade of a database whose rows that grant access were stored before Haven sealed
 * them: migrations V0040, V0041 and V0083 (the cases' teams) seal each such row once,
 * with the keys open, and the rows keep granting exactly what they granted. Run again on
 * a sealed database, they refuse to bless the rows someone added without a seal.
 */
@IntegrationTest
class SealingMigrationTests {

	/** The demo accounts' password; the legacy account is a copy of Carol's. */
	static final String CAROLS_PASSWORD = "haven-demo-2026";

	static final List<String> SEALED_TABLES = List.of("case_file", "case_caseworker", "break_glass_grant", "app_user",
			"app_user_role");

	/** Tables whose rows Haven sealed from the first: no migration seals them. */
	static final List<String> SEALED_FROM_THE_START = List.of("consent_record");

	@Autowired
	List<SealingMigration> migrations;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	AuthenticationProvider localSignIn;

	@Autowired
	AccountDirectory directory;

	@Autowired
	SqlAttacker tampering;

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
		SEALED_TABLES.forEach(table -> this.owner.update("update haven." + table + " set seal = null"));
		this.owner.execute("ALTER TABLE haven.case_file ALTER COLUMN team_seal DROP NOT NULL");
		this.owner.update("update haven.case_file set team_seal = null");

		for (SealingMigration migration : this.migrations) {
			runAsOwner(migration);
		}

		assertThat(this.owner.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'haven' and column_name = 'seal' and is_nullable = 'NO'""", String.class))
			.containsExactlyInAnyOrderElementsOf(
					Stream.concat(SEALED_TABLES.stream(), SEALED_FROM_THE_START.stream()).toList());
		assertThat(this.owner.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'haven' and column_name = 'team_seal' and is_nullable = 'NO'""", String.class))
			.containsExactly("case_file");
		assertThat(TestSecurity.asCaseworker(() -> this.cases.open(legacyCode)).code()).isEqualTo(legacyCode);
		assertThat(this.localSignIn
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("legacy", CAROLS_PASSWORD))
			.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_CASEWORKER")
			.doesNotContain("ROLE_ADMIN");
		assertThat(this.directory.idOf("legacy")).contains(legacyAccount);
	}

	@Test
	void run_again_on_a_sealed_database_they_refuse_to_seal_a_row_written_without_a_seal() {
		CaseCode chens = this.fixtures.takenInBy("chen",
				TestIdentities.identity("Abena", "Owusu", LocalDate.of(1990, 1, 2), null, null));
		UUID caseId = (UUID) this.tampering.row("select id from case_file where code = ?", chens.value()).get("id");
		UUID carol = this.directory.idOf("carol").orElseThrow();
		this.owner.execute("ALTER TABLE haven.case_caseworker ALTER COLUMN seal DROP NOT NULL");
		this.owner.update("insert into haven.case_caseworker (case_id, account_id, is_primary) values (?, ?, false)",
				caseId, carol);
		try {
			SealingMigration cases = this.migrations.stream()
				.filter(migration -> migration.getVersion().getVersion().equals("0040"))
				.findFirst()
				.orElseThrow();

			assertThatThrownBy(() -> runAsOwner(cases)).hasMessageContaining("were not written by Haven");
			assertThat(this.tampering
				.row("select seal from case_caseworker where case_id = ? and account_id = ?", caseId, carol)
				.get("seal")).isNull();
		}
		finally {
			this.owner.update("delete from haven.case_caseworker where case_id = ? and account_id = ?", caseId, carol);
			this.owner.execute("ALTER TABLE haven.case_caseworker ALTER COLUMN seal SET NOT NULL");
		}
	}

	private void runAsOwner(SealingMigration migration) throws Exception {
		AsSchemaOwner.migrate(migration, this.ownerDataSource);
	}

}
