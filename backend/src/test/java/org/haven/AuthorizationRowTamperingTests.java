package org.haven;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.haven.access.AccountDirectory;
import org.haven.access.ExternalIdentity;
import org.haven.access.IdentityProviderAccounts;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.audit.AuthorizationRowsAudit;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseSupervision;
import org.haven.crypto.SealedRows;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change that the application's database role can make to the rows that grant
 * access to identity, one at a time: inserted rows, each sealed column changed, seals
 * swapped between rows and copied from another row. Each is either refused by the
 * database (the role lacks the privilege, or a key forbids it) or detected by the check
 * auditors run over every such row. Each change is rolled back before the next.
 */
@IntegrationTest
class AuthorizationRowTamperingTests {

	static final String LINK = "case-person-link";

	static final String TEAM = "case-team";

	static final String ASSIGNMENT = "case-assignment";

	static final String GRANT = "break-glass-grant";

	static final String ACCOUNT = "account-sign-in";

	static final String ROLE = "account-role";

	@Autowired
	SqlAttacker tampering;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	UserAccountService accounts;

	@Autowired
	IdentityProviderAccounts identityProvider;

	@Autowired
	AccountDirectory directory;

	@Autowired
	AuthorizationRowsAudit audit;

	@Autowired
	TransactionTemplate transactions;

	@TestFactory
	Stream<DynamicTest> every_change_haven_app_can_make_to_an_authorisation_row_is_refused_or_detected() {
		Fixture f = new Fixture();
		return Stream.of(
				detected("a case linked to another person", LINK,
						() -> sql("update case_file set person_code = ? where id = ?", f.personOf(f.caseB), f.caseA)),
				detected("a case code changed", LINK,
						() -> sql("update case_file set code = 'C-ZZZZ-ZZZ9' where id = ?", f.caseA)),
				detected("a case's assignment generation changed", LINK,
						() -> sql("update case_file set assignment_generation = assignment_generation - 1 where id = ?",
								f.caseA)),
				detected("a case's seal copied from another case", LINK,
						() -> sql("update case_file set seal = (select seal from case_file where id = ?) where id = ?",
								f.caseB, f.caseA)),
				detected("the seals of two cases swapped", LINK, () -> swapSeals("case_file", "id", f.caseA, f.caseB)),
				detected("a case inserted", LINK,
						() -> this.tampering.insertCopy("case_file",
								Map.of("id", UUID.randomUUID(), "code", "C-ZZZZ-ZZZ8"), "id = ?", f.caseA)),
				detected("a case moved to another team", TEAM,
						() -> sql("update case_file set team_id = (select id from team where id <> case_file.team_id"
								+ " order by id limit 1) where id = ?", f.caseA)),
				detected("a case's team seal copied from another case", TEAM, () -> sql(
						"update case_file set team_seal = (select team_seal from case_file where id = ?) where id = ?",
						f.caseB, f.caseA)),
				detected("a case's team and its seal copied from another case", TEAM, () -> sql("""
						update case_file set team_id = b.team_id, team_seal = b.team_seal
						from case_file b where b.id = ? and case_file.id = ?""", f.caseB, f.caseA)),
				refused("a case's id changed",
						() -> sql("update case_file set id = ? where id = ?", UUID.randomUUID(), f.caseA)),

				detected("an assignment inserted for another account", ASSIGNMENT,
						() -> this.tampering.insertCopy("case_caseworker", Map.of("account_id", f.tess), "case_id = ?",
								f.caseB)),
				detected("an assignment copied to another case", ASSIGNMENT,
						() -> this.tampering.insertCopy("case_caseworker", Map.of("case_id", f.caseB),
								"case_id = ? and account_id = ?", f.caseA, f.carol)),
				detected("a secondary assignment made primary", ASSIGNMENT,
						() -> replace("case_caseworker", Map.of("is_primary", true), "case_id = ? and account_id = ?",
								f.caseA, f.chen)),
				detected("an assignment's seal copied from another assignment", ASSIGNMENT,
						() -> replace("case_caseworker",
								Map.of("seal",
										f.seal("case_caseworker", "case_id = ? and account_id = ?", f.caseA, f.carol)),
								"case_id = ? and account_id = ?", f.caseA, f.chen)),
				detected("the seals of two assignments swapped", ASSIGNMENT, () -> {
					byte[] carols = f.seal("case_caseworker", "case_id = ? and account_id = ?", f.caseA, f.carol);
					byte[] chens = f.seal("case_caseworker", "case_id = ? and account_id = ?", f.caseA, f.chen);
					replace("case_caseworker", Map.of("seal", chens), "case_id = ? and account_id = ?", f.caseA,
							f.carol);
					replace("case_caseworker", Map.of("seal", carols), "case_id = ? and account_id = ?", f.caseA,
							f.chen);
				}),
				refused("an assignment changed in place",
						() -> sql("update case_caseworker set account_id = ? where case_id = ?", f.tess, f.caseA)),

				detected("a break-glass grant copied to another case", GRANT,
						() -> this.tampering.insertCopy("break_glass_grant",
								Map.of("id", UUID.randomUUID(), "case_id", f.caseA), "id = ?", f.grant)),
				detected("a break-glass grant copied to another account", GRANT,
						() -> this.tampering.insertCopy("break_glass_grant",
								Map.of("id", UUID.randomUUID(), "account_id", f.tess), "id = ?", f.grant)),
				detected("a break-glass grant copied with a later expiry", GRANT,
						() -> this.tampering.insertCopy("break_glass_grant",
								Map.of("id", UUID.randomUUID(), "expires_at",
										Timestamp.from(Instant.now().plus(Duration.ofDays(30)))),
								"id = ?", f.grant)),
				detected("a break-glass grant copied under another id", GRANT,
						() -> this.tampering.insertCopy("break_glass_grant", Map.of("id", UUID.randomUUID()), "id = ?",
								f.grant)),
				detected("a break-glass grant copied with another reason", GRANT,
						() -> this.tampering.insertCopy("break_glass_grant",
								Map.of("id", UUID.randomUUID(), "reason", "IMMEDIATE_SAFETY_RISK"), "id = ?", f.grant)),
				refused("a break-glass grant extended in place", () -> sql(
						"update break_glass_grant set expires_at = expires_at + interval '30 days' where id = ?",
						f.grant)),

				detected("an account renamed", ACCOUNT,
						() -> sql("update app_user set username = 'tess.other' where id = ?", f.tess)),
				detected("the usernames of two accounts swapped", ACCOUNT, () -> {
					sql("update app_user set username = 'swapping' where id = ?", f.tess);
					sql("update app_user set username = 'tess' where id = ?", f.tom);
					sql("update app_user set username = 'tom' where id = ?", f.tess);
				}),
				detected("an identity-provider subject given to a local account", ACCOUNT,
						() -> sql("update app_user set external_subject = ? where id = ?", f.kaisSubject + "-2",
								f.tess)),
				detected("an identity-provider subject moved to another account", ACCOUNT, () -> {
					sql("update app_user set external_subject = null where id = ?", f.kai);
					sql("update app_user set external_subject = ? where id = ?", f.kaisSubject, f.tess);
				}),
				detected("a password hash copied from another account", ACCOUNT, () -> sql(
						"update app_user set password_hash = (select password_hash from app_user where id = ?) where id = ?",
						f.tom, f.tess)),
				detected("a disabled account enabled", ACCOUNT,
						() -> sql("update app_user set enabled = true where id = ?", f.tom)),
				detected("an account's role generation changed", ACCOUNT,
						() -> sql("update app_user set role_generation = role_generation + 1 where id = ?", f.tess)),
				detected("an account's seal copied from another account", ACCOUNT,
						() -> sql("update app_user set seal = (select seal from app_user where id = ?) where id = ?",
								f.tom, f.tess)),
				detected("the seals of two accounts swapped", ACCOUNT,
						() -> swapSeals("app_user", "id", f.tess, f.tom)),
				detected("an account inserted", ACCOUNT,
						() -> this.tampering.insertCopy("app_user",
								Map.of("id", UUID.randomUUID(), "username", "forged", "external_subject",
										UUID.randomUUID().toString()),
								"id = ?", f.kai)),
				refused("an account's id changed",
						() -> sql("update app_user set id = ? where id = ?", UUID.randomUUID(), f.tess)),
				refused("an account deleted", () -> sql("delete from app_user where id = ?", f.tom)),

				detected("a role added to an account", ROLE,
						() -> this.tampering.insertCopy("app_user_role", Map.of("role", "ADMIN"),
								"user_id = ? and role = 'CASEWORKER'", f.tess)),
				detected("a role membership copied to another account", ROLE,
						() -> this.tampering.insertCopy("app_user_role", Map.of("user_id", f.tess),
								"user_id = ? and role = 'ADMIN'", f.adam)),
				detected("the seals of two role memberships swapped", ROLE, () -> {
					byte[] caseworker = f.seal("app_user_role", "user_id = ? and role = 'CASEWORKER'", f.tess);
					byte[] supervisor = f.seal("app_user_role", "user_id = ? and role = 'SUPERVISOR'", f.tess);
					replace("app_user_role", Map.of("seal", supervisor), "user_id = ? and role = 'CASEWORKER'", f.tess);
					replace("app_user_role", Map.of("seal", caseworker), "user_id = ? and role = 'SUPERVISOR'", f.tess);
				}),
				detected("a role membership's seal copied from another account", ROLE,
						() -> replace("app_user_role",
								Map.of("seal", f.seal("app_user_role", "user_id = ? and role = 'CASEWORKER'", f.carol)),
								"user_id = ? and role = 'CASEWORKER'", f.tess)),
				refused("a role changed in place",
						() -> sql("update app_user_role set role = 'ADMIN' where user_id = ?", f.tess)));
	}

	private DynamicTest detected(String change, String kind, Runnable tamper) {
		return DynamicTest.dynamicTest(change + " is detected", () -> rolledBack(() -> {
			long before = failed(kind);
			tamper.run();
			assertThat(failed(kind)).as("rows of kind %s failing their seal after: %s", kind, change)
				.isGreaterThan(before);
		}));
	}

	private DynamicTest refused(String change, Runnable tamper) {
		return DynamicTest.dynamicTest(change + " is refused by the database", () -> rolledBack(
				() -> assertThatThrownBy(tamper::run).as(change).isInstanceOf(DataAccessException.class)));
	}

	private void rolledBack(Runnable step) {
		this.transactions.executeWithoutResult(status -> {
			try {
				step.run();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	private long failed(String kind) {
		List<SealedRows.Check> checks = TestSecurity.as("aisha", "AUDITOR", () -> this.audit.checkAll());
		return checks.stream()
			.filter(check -> check.kind().equals(kind))
			.mapToLong(SealedRows.Check::failed)
			.findFirst()
			.orElseThrow();
	}

	private void sql(String statement, Object... arguments) {
		this.tampering.sql(statement, arguments);
	}

	private void swapSeals(String table, String key, UUID one, UUID other) {
		sql("update " + table + " t set seal = s.seal from (select " + key + ", seal from " + table + " where " + key
				+ " in (?, ?)) s where t." + key + " in (?, ?) and s." + key + " <> t." + key, one, other, one, other);
	}

	/** Deletes a row and inserts it again with some values changed. */
	private void replace(String table, Map<String, Object> changes, String where, Object... arguments) {
		Map<String, Object> row = new HashMap<>(
				this.tampering.row("select * from " + table + " where " + where, arguments));
		sql("delete from " + table + " where " + where, arguments);
		row.putAll(changes);
		this.tampering.insertRow(table, row);
	}

	/**
	 * Two cases, one with two caseworkers, a break-glass grant, and accounts of each
	 * kind, all made through Haven and so sealed.
	 */
	final class Fixture {

		final UUID carol = id("carol");

		final UUID chen = id("chen");

		final UUID adam = id("adam");

		final UUID tess;

		final UUID tom;

		final UUID kai;

		final String kaisSubject = UUID.randomUUID().toString();

		final UUID caseA;

		final UUID caseB;

		final UUID grant;

		Fixture() {
			CaseCode a = AuthorizationRowTamperingTests.this.fixtures.takenInBy("carol",
					TestIdentities.identity("Adaeze", "Nnamdi", LocalDate.of(1992, 6, 1), null, null));
			CaseCode b = AuthorizationRowTamperingTests.this.fixtures.takenInBy("chen",
					TestIdentities.identity("Bisi", "Ojo", LocalDate.of(1995, 8, 2), null, null));
			this.caseA = caseId(a);
			this.caseB = caseId(b);
			AuthorizationRowTamperingTests.this.fixtures.memberOfTheTeamOf(a, "chen");
			TestSecurity.as("sam", "SUPERVISOR",
					() -> supervision.assign(a, supervision.overview(a).version(), this.carol, Set.of(this.chen)));
			TestSecurity.asCaseworker(() -> cases.breakGlass(b, BreakGlassReason.COVERING_ABSENCE, ""));
			this.grant = (UUID) tampering
				.row("select id from break_glass_grant where case_id = ? and account_id = ?", this.caseB, this.carol)
				.get("id");
			this.tess = TestSecurity.asAdministrator(
					() -> accounts
						.createAccount(new NewUserAccount("tess", "Tess", Set.of(Role.CASEWORKER, Role.SUPERVISOR),
								"tall-river-stone-42"))
						.id());
			this.tom = TestSecurity.asAdministrator(() -> accounts
				.createAccount(new NewUserAccount("tom", "Tom", Set.of(Role.CASEWORKER), "tall-river-stone-43"))
				.id());
			TestSecurity.asAdministrator(() -> accounts.disable(this.tom, version(this.tom)));
			this.kai = identityProvider
				.signIn(new ExternalIdentity(this.kaisSubject, "kai", "Kai", Set.of(Role.CASEWORKER)))
				.id();
		}

		String personOf(UUID caseId) {
			return (String) tampering.row("select person_code from case_file where id = ?", caseId).get("person_code");
		}

		byte[] seal(String table, String where, Object... arguments) {
			return (byte[]) tampering.row("select seal from " + table + " where " + where, arguments).get("seal");
		}

		private UUID caseId(CaseCode code) {
			return (UUID) tampering.row("select id from case_file where code = ?", code.value()).get("id");
		}

		private long version(UUID account) {
			return (Long) tampering.row("select version from app_user where id = ?", account).get("version");
		}

		private UUID id(String username) {
			return directory.idOf(username).orElseThrow();
		}

	}

}
