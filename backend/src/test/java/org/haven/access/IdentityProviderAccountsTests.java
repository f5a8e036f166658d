package org.haven.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

	@Autowired
	AuditWorkspace audit;

	@Autowired
	JdbcTemplate jdbc;

	static String newSubject() {
		return UUID.randomUUID().toString();
	}

	private LinkRequest requestFor(UUID account) {
		return this.service.linkRequests()
			.stream()
			.filter(request -> request.accountId().equals(account))
			.findFirst()
			.orElseThrow();
	}

	private List<AuditEvent> signInEventsAbout(UUID account) {
		return auditEventsAbout(account, Action.SIGN_IN_FAILED);
	}

	private List<AuditEvent> auditEventsAbout(UUID account, Action action) {
		return TestSecurity.as("aisha", Roles.AUDITOR,
				() -> this.audit.search(new AuditQuery(null, null, null, action, account.toString(), null), 0, 50));
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

		UserSummary second = this.identityProvider.signIn(
				new ExternalIdentity(subject, "omar.haddad", "Omar Haddad", Set.of(Role.SUPERVISOR, Role.CASEWORKER)));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.username()).isEqualTo("omar.haddad");
		assertThat(second.displayName()).isEqualTo("Omar Haddad");
		assertThat(second.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.CASEWORKER);
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
		TestSecurity.asAdministrator(() -> this.service.disable(stored.id(), stored.version()));

		assertThatThrownBy(() -> this.identityProvider
			.signIn(new ExternalIdentity(subject, "paused", "Paused", Set.of(Role.AUDITOR))))
			.isInstanceOfSatisfying(SignInRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.DISABLED));
	}

	@Test
	@WithMockUser(username = "adam", roles = Roles.ADMIN)
	void a_first_sign_in_with_the_username_of_an_unlinked_local_account_is_refused_until_an_administrator_links_it() {
		UserSummary local = this.service.createAccount(
				new NewUserAccount("migrating", "Local Account", Set.of(Role.CASEWORKER), "tall-river-stone-42"));
		String subject = newSubject();

		SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(subject, "Migrating", "Migrating Person", Set.of(Role.SUPERVISOR))));

		assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.LINK_REQUIRED);
		UserAccount untouched = this.accounts.findById(local.id()).orElseThrow();
		assertThat(untouched.externalSubject()).isNull();
		assertThat(untouched.passwordHash()).isNotNull();
		assertThat(untouched.roles()).containsExactly(Role.CASEWORKER);
		assertThat(this.service.linkRequests()).filteredOn(request -> request.accountId().equals(local.id()))
			.singleElement()
			.satisfies(request -> {
				assertThat(request.username()).isEqualTo("migrating");
				assertThat(request.nameAtIdentityProvider()).isEqualTo("Migrating Person");
				assertThat(request.identityProviderId()).isEqualTo(subject);
				assertThat(request.requestedAt()).isNotNull();
			});
		assertThat(signInEventsAbout(local.id())).singleElement().satisfies(event -> {
			assertThat(event.outcome()).isEqualTo(Outcome.DENIED);
			assertThat(event.reason()).isEqualTo("link-required");
		});
	}

	@Test
	@WithMockUser(username = "adam", roles = Roles.ADMIN)
	void once_an_administrator_links_the_account_its_owner_signs_in_as_that_account_for_good() {
		UserSummary local = this.service.createAccount(
				new NewUserAccount("linking", "Local Account", Set.of(Role.CASEWORKER), "tall-river-stone-42"));
		String subject = newSubject();
		ExternalIdentity owner = new ExternalIdentity(subject, "linking", "Lin King", Set.of(Role.SUPERVISOR));
		catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider.signIn(owner));
		LinkRequest request = requestFor(local.id());

		UserSummary linked = this.service.linkToIdentityProvider(request.accountId(), request.accountVersion(),
				request.identityProviderId());
		UserSummary signedIn = this.identityProvider.signIn(owner);

		assertThat(linked.signsInThroughIdentityProvider()).isTrue();
		assertThat(signedIn.id()).isEqualTo(local.id());
		assertThat(signedIn.roles()).containsExactly(Role.SUPERVISOR);
		assertThat(this.jdbc.queryForObject("select external_subject from app_user where id = ?", String.class,
				local.id()))
			.isEqualTo(subject);
		assertThat(this.accounts.findById(local.id()).orElseThrow().passwordHash()).isNull();
		assertThat(this.service.linkRequests()).noneMatch(pending -> pending.accountId().equals(local.id()));
		assertThat(auditEventsAbout(local.id(), Action.ACCOUNT_LINKED)).singleElement()
			.satisfies(event -> assertThat(event.actorUsername()).isEqualTo("adam"));
	}

	@Test
	@WithMockUser(username = "adam", roles = Roles.ADMIN)
	void a_rejected_request_keeps_the_person_out_and_two_people_asking_for_one_account_both_wait() {
		UserSummary local = this.service.createAccount(
				new NewUserAccount("contested", "Local Account", Set.of(Role.CASEWORKER), "tall-river-stone-42"));
		String first = newSubject();
		String second = newSubject();
		catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(first, "contested", "First", Set.of(Role.CASEWORKER))));
		catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(second, "contested", "Second", Set.of(Role.CASEWORKER))));
		assertThat(this.service.linkRequests()).filteredOn(request -> request.accountId().equals(local.id()))
			.extracting(LinkRequest::identityProviderId)
			.containsExactlyInAnyOrder(first, second);

		this.service.rejectLink(local.id(), second);

		SignInRefusedException again = catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(second, "contested", "Second", Set.of(Role.CASEWORKER))));
		assertThat(again.reason()).isEqualTo(SignInRefusedException.Reason.LINK_REQUIRED);
		assertThat(auditEventsAbout(local.id(), Action.ACCOUNT_LINK_REJECTED)).hasSize(1);
		LinkRequest stale = requestFor(local.id());
		assertThatThrownBy(() -> this.service.linkToIdentityProvider(local.id(), stale.accountVersion(), "not-asked"))
			.isInstanceOf(ConflictException.class);
		assertThat(this.accounts.findById(local.id()).orElseThrow().externalSubject()).isNull();
	}

	@Test
	void a_sign_in_whose_roles_must_not_meet_is_refused_recorded_and_changes_no_account() {
		String subject = newSubject();
		UserSummary account = this.identityProvider
			.signIn(new ExternalIdentity(subject, "kc-mixed", "Mixed", Set.of(Role.CASEWORKER)));

		for (Set<Role> roles : List.of(Set.of(Role.ADMIN, Role.CASEWORKER), Set.of(Role.ADMIN, Role.SUPERVISOR),
				Set.of(Role.AUDITOR, Role.CASEWORKER))) {
			SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
					() -> this.identityProvider.signIn(new ExternalIdentity(subject, "kc-mixed", "Mixed", roles)));
			assertThat(refused.reason()).as(roles.toString())
				.isEqualTo(SignInRefusedException.Reason.CONFLICTING_ROLES);
		}
		long before = this.accounts.count();
		SignInRefusedException newcomer = catchThrowableOfType(SignInRefusedException.class, () -> this.identityProvider
			.signIn(new ExternalIdentity(newSubject(), "kc-newcomer", "New", Set.of(Role.ADMIN, Role.AUDITOR))));

		assertThat(newcomer.reason()).isEqualTo(SignInRefusedException.Reason.CONFLICTING_ROLES);
		assertThat(this.accounts.count()).isEqualTo(before);
		assertThat(this.accounts.findById(account.id()).orElseThrow().roles()).containsExactly(Role.CASEWORKER);
		assertThat(signInEventsAbout(account.id())).hasSize(3)
			.allSatisfy(event -> assertThat(event.reason()).isEqualTo("conflicting-roles"));
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
