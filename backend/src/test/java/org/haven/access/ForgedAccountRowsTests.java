package org.haven.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.IntegrationTest;
import org.haven.SqlAttacker;
import org.haven.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone holding the application role's credentials writes the rows that decide who
 * signs in and with which roles directly in SQL: adds a role, puts back a role taken
 * away, points an account at their own identity-provider subject, copies a password hash
 * they know. None of it signs anyone in as someone else or with more roles, and each is
 * recorded as an integrity finding.
 */
@IntegrationTest
class ForgedAccountRowsTests {

	static final String PASSWORD = "tall-river-stone-42";

	static final String MARAS_PASSWORD = "quiet-harbour-lamp-17";

	@Autowired
	UserAccountService service;

	@Autowired
	AuthenticationProvider localSignIn;

	@Autowired
	IdentityProviderAccounts identityProvider;

	@Autowired
	AccountDirectory directory;

	@Autowired
	SqlAttacker tampering;

	@Test
	void a_role_added_in_sql_is_not_granted_at_sign_in() {
		UUID account = create("rolf", Role.CASEWORKER);
		UUID adam = this.directory.idOf("adam").orElseThrow();
		long before = this.tampering.lastAuditSeq();

		this.tampering.insertCopy("app_user_role", Map.of("user_id", account), "user_id = ? and role = 'ADMIN'", adam);
		try {
			assertThat(rolesAtSignIn("rolf", PASSWORD)).containsExactly("ROLE_CASEWORKER");
			assertThat(this.tampering.findingsSince(before, "account-role", account.toString())).isPositive();
		}
		finally {
			this.tampering.sql("delete from app_user_role where user_id = ? and role = 'ADMIN'", account);
		}
	}

	@Test
	void a_role_taken_away_cannot_be_put_back_with_its_old_seal() {
		UUID account = create("rhea", Role.CASEWORKER, Role.SUPERVISOR);
		Map<String, Object> supervisor = this.tampering
			.row("select * from app_user_role where user_id = ? and role = 'SUPERVISOR'", account);
		TestSecurity
			.asAdministrator(() -> this.service.changeRoles(account, version(account), Set.of(Role.CASEWORKER)));
		long before = this.tampering.lastAuditSeq();

		this.tampering.insertRow("app_user_role", supervisor);
		try {
			assertThat(rolesAtSignIn("rhea", PASSWORD)).containsExactly("ROLE_CASEWORKER");
			assertThat(this.tampering.findingsSince(before, "account-role", account.toString())).isPositive();
		}
		finally {
			this.tampering.sql("delete from app_user_role where user_id = ? and role = 'SUPERVISOR'", account);
		}
	}

	@Test
	void an_identity_provider_subject_changed_in_sql_does_not_lead_into_that_account() {
		String victimsSubject = UUID.randomUUID().toString();
		String attackersSubject = UUID.randomUUID().toString();
		UUID victim = this.identityProvider
			.signIn(new ExternalIdentity(victimsSubject, "vera", "Vera", Set.of(Role.CASEWORKER)))
			.id();
		long before = this.tampering.lastAuditSeq();

		this.tampering.sql("update app_user set external_subject = ? where id = ?", attackersSubject, victim);
		try {
			assertThatThrownBy(() -> this.identityProvider
				.signIn(new ExternalIdentity(attackersSubject, "milo", "Milo", Set.of(Role.CASEWORKER))))
				.isInstanceOfSatisfying(SignInRefusedException.class, refused -> assertThat(refused.reason())
					.isEqualTo(SignInRefusedException.Reason.INTEGRITY_CHECK_FAILED));
			assertThat(this.directory.idOf("vera")).isEmpty();
			assertThat(this.tampering.findingsSince(before, "account-sign-in", victim.toString())).isPositive();
		}
		finally {
			this.tampering.sql("update app_user set external_subject = ? where id = ?", victimsSubject, victim);
		}
		assertThat(this.directory.idOf("vera")).contains(victim);
	}

	@Test
	void a_password_hash_copied_in_sql_signs_nobody_in() {
		UUID victim = create("vince", Role.CASEWORKER);
		UUID attacker = TestSecurity.asAdministrator(() -> this.service
			.createAccount(new NewUserAccount("mara", "mara", Set.of(Role.CASEWORKER), MARAS_PASSWORD))
			.id());
		long before = this.tampering.lastAuditSeq();

		Object own = this.tampering.row("select password_hash from app_user where id = ?", victim).get("password_hash");
		this.tampering.sql(
				"update app_user set password_hash = (select password_hash from app_user where id = ?) where id = ?",
				attacker, victim);
		try {
			assertThatThrownBy(() -> rolesAtSignIn("vince", MARAS_PASSWORD))
				.isInstanceOf(BadCredentialsException.class);
			assertThat(this.directory.idOf("vince")).isEmpty();
			assertThat(this.tampering.findingsSince(before, "account-sign-in", victim.toString())).isPositive();
		}
		finally {
			this.tampering.sql("update app_user set password_hash = ? where id = ?", own, victim);
		}
		assertThat(this.directory.idOf("vince")).contains(victim);
	}

	@Test
	void a_role_a_database_administrator_wrote_without_a_seal_is_never_sealed_by_a_later_change() {
		UUID account = create("rowan", Role.CASEWORKER);
		this.tampering.asDatabaseAdministrator()
			.execute("ALTER TABLE haven.app_user_role ALTER COLUMN seal DROP NOT NULL");
		this.tampering.asDatabaseAdministrator()
			.update("insert into haven.app_user_role (user_id, role) values (?, 'ADMIN')", account);
		try {
			TestSecurity.asAdministrator(() -> this.service.resetPassword(account, version(account), PASSWORD + "!"));

			assertThat(
					this.tampering.row("select seal from app_user_role where user_id = ? and role = 'ADMIN'", account)
						.get("seal"))
				.isNull();
			assertThat(rolesAtSignIn("rowan", PASSWORD + "!")).containsExactly("ROLE_CASEWORKER");
		}
		finally {
			this.tampering.asDatabaseAdministrator()
				.update("delete from haven.app_user_role where user_id = ? and role = 'ADMIN'", account);
			this.tampering.asDatabaseAdministrator()
				.execute("ALTER TABLE haven.app_user_role ALTER COLUMN seal SET NOT NULL");
		}
	}

	/**
	 * The roles granted by the application's own sign-in, attempted from an address of
	 * its own.
	 */
	private List<String> rolesAtSignIn(String username, String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails("198.51.100." + (username.hashCode() & 0x7f), null));
		return this.localSignIn.authenticate(attempt)
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.toList();
	}

	private UUID create(String username, Role... roles) {
		return TestSecurity.asAdministrator(
				() -> this.service.createAccount(new NewUserAccount(username, username, Set.of(roles), PASSWORD)).id());
	}

	private long version(UUID account) {
		return (Long) this.tampering.row("select version from app_user where id = ?", account).get("version");
	}

}
