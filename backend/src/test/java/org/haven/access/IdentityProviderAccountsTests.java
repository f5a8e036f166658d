package org.haven.access;

import java.util.Set;
import java.util.UUID;

import org.haven.IntegrationTest;
import org.haven.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class IdentityProviderAccountsTests {

	@Autowired
	IdentityProviderAccounts identityProvider;

	@Autowired
	UserAccountService service;

	@Autowired
	UserAccountRepository accounts;

	static String newSubject() {
		return UUID.randomUUID().toString();
	}

	@Test
	void the_first_sign_in_creates_an_account_without_a_password_tied_to_the_subject() {
		String subject = newSubject();

		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(subject, "Fatima.K", "Fatima Khan", Set.of(Role.CASEWORKER)));

		assertThat(account.username()).isEqualTo("fatima.k");
		assertThat(account.displayName()).isEqualTo("Fatima Khan");
		assertThat(account.roles()).containsExactly(Role.CASEWORKER);
		assertThat(account.signsInThroughIdentityProvider()).isTrue();
		assertThat(account.mustChangePassword()).isFalse();
		UserAccount stored = this.accounts.findById(account.id()).orElseThrow();
		assertThat(stored.externalSubject()).isEqualTo(subject);
		assertThat(stored.passwordHash()).isNull();
	}

	@Test
	void later_sign_ins_keep_the_same_account_and_take_over_username_name_and_roles() {
		String subject = newSubject();
		UserSummary first = this.identityProvider
			.signIn(new ExternalIdentity(subject, "omar", "Omar", Set.of(Role.CASEWORKER)));

		UserSummary second = this.identityProvider
			.signIn(new ExternalIdentity(subject, "omar.haddad", "Omar Haddad", Set.of(Role.SUPERVISOR, Role.AUDITOR)));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.username()).isEqualTo("omar.haddad");
		assertThat(second.displayName()).isEqualTo("Omar Haddad");
		assertThat(second.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.AUDITOR);
	}

	@Test
	void a_person_without_a_haven_role_is_refused_and_gets_no_account() {
		long before = this.accounts.count();

		SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
				() -> this.identityProvider.signIn(new ExternalIdentity(newSubject(), "visitor", "Visitor", Set.of())));

		assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.NO_ROLE);
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void a_person_whose_roles_were_all_taken_away_is_refused_and_their_account_shows_no_role() {
		String subject = newSubject();
		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(subject, "leaving", "Leaving Soon", Set.of(Role.CASEWORKER)));

		assertThatThrownBy(
				() -> this.identityProvider.signIn(new ExternalIdentity(subject, "leaving", "Leaving Soon", Set.of())))
			.isInstanceOfSatisfying(SignInRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.NO_ROLE));
		assertThat(this.accounts.findById(account.id()).orElseThrow().roles()).isEmpty();
	}

	@Test
	void an_account_disabled_in_haven_is_refused() {
		String subject = newSubject();
		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(subject, "paused", "Paused", Set.of(Role.AUDITOR)));
		UserAccount stored = this.accounts.findById(account.id()).orElseThrow();
		org.haven.TestSecurity.asAdministrator(() -> this.service.disable(stored.id(), stored.version()));

		assertThatThrownBy(() -> this.identityProvider
			.signIn(new ExternalIdentity(subject, "paused", "Paused", Set.of(Role.AUDITOR))))
			.isInstanceOfSatisfying(SignInRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.DISABLED));
	}

	@Test
	@WithMockUser(username = "adam", roles = Roles.ADMIN)
	void a_local_account_with_the_same_username_becomes_the_persons_account_and_loses_its_password() {
		UserSummary local = this.service.createAccount(
				new NewUserAccount("migrating", "Local Account", Set.of(Role.CASEWORKER), "tall-river-stone-42"));

		UserSummary linked = this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "migrating", "Migrating Person", Set.of(Role.SUPERVISOR)));

		assertThat(linked.id()).isEqualTo(local.id());
		assertThat(linked.signsInThroughIdentityProvider()).isTrue();
		assertThat(this.accounts.findById(local.id()).orElseThrow().passwordHash()).isNull();
	}

	@Test
	void a_username_that_another_person_of_the_identity_provider_holds_is_refused() {
		this.identityProvider.signIn(new ExternalIdentity(newSubject(), "twin", "First Twin", Set.of(Role.AUDITOR)));

		assertThatThrownBy(() -> this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "twin", "Second Twin", Set.of(Role.AUDITOR))))
			.isInstanceOfSatisfying(SignInRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.USERNAME_TAKEN));
	}

	@Test
	void an_identity_without_subject_or_username_is_refused() {
		for (ExternalIdentity incomplete : Set.of(new ExternalIdentity(" ", "someone", "Someone", Set.of(Role.ADMIN)),
				new ExternalIdentity(newSubject(), "", "Someone", Set.of(Role.ADMIN)))) {
			assertThatThrownBy(() -> this.identityProvider.signIn(incomplete))
				.isInstanceOfSatisfying(SignInRefusedException.class, refused -> assertThat(refused.reason())
					.isEqualTo(SignInRefusedException.Reason.INCOMPLETE_IDENTITY));
		}
	}

	@Test
	void a_missing_name_falls_back_to_the_username() {
		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "noname", null, Set.of(Role.CASEWORKER)));

		assertThat(account.displayName()).isEqualTo("noname");
	}

	@Test
	@WithMockUser(username = "keycloak.admin", roles = Roles.ADMIN)
	void haven_neither_resets_nor_changes_a_password_that_keycloak_keeps() {
		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "keycloak.admin", "Admin", Set.of(Role.ADMIN)));

		assertThatThrownBy(() -> this.service.resetPassword(account.id(), account.version(), "tall-river-stone-42"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems().getFirst().messageKey())
						.isEqualTo("access.password.kept-by-identity-provider"));
		assertThatThrownBy(() -> this.service.changeOwnPassword("anything", "tall-river-stone-42"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void no_exception_message_names_the_person() {
		SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "secret.name", "Secret Name", Set.of())));

		assertThat(refused.getMessage()).doesNotContain("secret").doesNotContain("Secret");
		assertThat(new ExternalIdentity("sub-1", "secret.name", "Secret Name", Set.of()).toString())
			.doesNotContain("secret")
			.doesNotContain("sub-1");
	}

}
