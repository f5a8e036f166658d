package org.haven.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@WithMockUser(username = "adam", roles = Roles.ADMIN)
class UserAccountServiceTests {

	static final String GOOD_PASSWORD = "tall-river-stone-42";

	@Autowired
	UserAccountService service;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditWorkspace audit;

	@Test
	void an_administrator_creates_an_account_with_several_roles_and_a_temporary_password() {
		UserSummary created = this.service.createAccount(
				new NewUserAccount("  Dana.Lee ", "Dana Lee", Set.of(Role.CASEWORKER, Role.SUPERVISOR), GOOD_PASSWORD));

		assertThat(created.username()).isEqualTo("dana.lee");
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
		assertThat(created.mustChangePassword()).isTrue();
		UserAccount stored = this.accounts.findByUsername("dana.lee").orElseThrow();
		assertThat(stored.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain(GOOD_PASSWORD);
		assertThat(this.passwordEncoder.matches(GOOD_PASSWORD, stored.passwordHash())).isTrue();
	}

	@Test
	void a_form_with_every_field_wrong_reports_every_field_and_stores_nothing() {
		long before = this.accounts.count();
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.service.createAccount(new NewUserAccount(" ", "", Set.of(), "short")));

		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(Tuple.tuple("username", "validation.required"),
					Tuple.tuple("displayName", "validation.required"),
					Tuple.tuple("roles", "access.user.roles.required"),
					Tuple.tuple("password", "access.password.too-short"));
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void a_username_that_is_taken_whatever_its_case_is_refused() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.service
			.createAccount(new NewUserAccount("CAROL", "Another Carol", Set.of(Role.CASEWORKER), GOOD_PASSWORD)));

		assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("access.user.username.taken");
	}

	@Test
	void a_username_with_spaces_or_symbols_is_refused() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.service
			.createAccount(new NewUserAccount("ann marie!", "Ann", Set.of(Role.CASEWORKER), GOOD_PASSWORD)));

		assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("access.user.username.invalid");
	}

	@Test
	void control_characters_in_a_name_are_refused() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.service
			.createAccount(new NewUserAccount("eve", "Eve\u0000Null", Set.of(Role.AUDITOR), GOOD_PASSWORD)));

		assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly("validation.control-characters");
	}

	@Test
	void disabling_and_enabling_an_account_takes_effect_and_needs_the_current_version() {
		UserSummary frank = create("frank");
		UserSummary disabled = this.service.disable(frank.id(), frank.version());
		assertThat(disabled.enabled()).isFalse();

		assertThatThrownBy(() -> this.service.enable(frank.id(), frank.version()))
			.isInstanceOf(ConflictException.class);
		assertThat(this.service.enable(disabled.id(), disabled.version()).enabled()).isTrue();
	}

	@Test
	void an_administrator_cannot_disable_themself_or_drop_their_own_admin_role() {
		UserSummary adam = find("adam");

		assertThatThrownBy(() -> this.service.disable(adam.id(), adam.version()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.service.changeRoles(adam.id(), adam.version(), Set.of(Role.AUDITOR)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void an_administrator_cannot_create_an_account_that_is_also_a_caseworker_or_supervisor() {
		for (Set<Role> roles : List.of(Set.of(Role.ADMIN, Role.CASEWORKER), Set.of(Role.ADMIN, Role.SUPERVISOR),
				Set.of(Role.ADMIN, Role.CASEWORKER, Role.SUPERVISOR))) {
			InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.service
				.createAccount(new NewUserAccount("all-powerful", "All Powerful", roles, GOOD_PASSWORD)));

			assertThat(refused.problems()).as(roles.toString())
				.extracting(Problem::field, Problem::messageKey)
				.containsExactly(tuple("roles", "access.user.roles.admin-with-case-role"));
		}
		assertThat(this.accounts.findByUsername("all-powerful")).isEmpty();
	}

	@Test
	void an_auditor_holds_no_other_role() {
		InvalidInputException created = catchThrowableOfType(InvalidInputException.class, () -> this.service
			.createAccount(new NewUserAccount("judge", "Judge", Set.of(Role.AUDITOR, Role.SUPERVISOR), GOOD_PASSWORD)));
		UserSummary auditor = this.service
			.createAccount(new NewUserAccount("judith", "Judith", Set.of(Role.AUDITOR), GOOD_PASSWORD));
		InvalidInputException changed = catchThrowableOfType(InvalidInputException.class,
				() -> this.service.changeRoles(auditor.id(), auditor.version(), Set.of(Role.AUDITOR, Role.CASEWORKER)));

		assertThat(List.of(created, changed))
			.allSatisfy(refused -> assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
				.containsExactly(tuple("roles", "access.user.roles.auditor-with-other-role")));
		assertThat(this.accounts.findById(auditor.id()).orElseThrow().roles()).containsExactly(Role.AUDITOR);
	}

	@Test
	void a_supervisor_may_also_be_a_caseworker() {
		UserSummary kim = create("kim");

		UserSummary both = this.service.changeRoles(kim.id(), kim.version(), Set.of(Role.CASEWORKER, Role.SUPERVISOR));

		assertThat(both.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
	}

	@Test
	void an_administrator_cannot_give_themself_a_case_role_or_change_their_own_roles_at_all() {
		UserSummary adam = find("adam");

		for (Set<Role> roles : List.of(Set.of(Role.ADMIN, Role.CASEWORKER), Set.of(Role.ADMIN, Role.SUPERVISOR),
				Set.of(Role.ADMIN))) {
			InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
					() -> this.service.changeRoles(adam.id(), adam.version(), roles));
			assertThat(refused.problems()).as(roles.toString())
				.extracting(Problem::field, Problem::messageKey)
				.containsExactly(tuple("roles", "access.user.roles.own-roles"));
		}
		assertThat(this.accounts.findById(adam.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void another_administrator_cannot_make_an_administrator_a_caseworker_either() {
		UserSummary colleague = this.service
			.createAccount(new NewUserAccount("second-admin", "Second Admin", Set.of(Role.ADMIN), GOOD_PASSWORD));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.service
			.changeRoles(colleague.id(), colleague.version(), Set.of(Role.ADMIN, Role.CASEWORKER)));

		assertThat(refused.problems()).extracting(Problem::messageKey)
			.containsExactly("access.user.roles.admin-with-case-role");
	}

	@Test
	void every_refused_combination_of_roles_is_recorded_in_the_audit_trail_although_nothing_changed() {
		UserSummary lena = create("lena");
		int before = refusedRoleEvents(null).size();

		catchThrowableOfType(InvalidInputException.class,
				() -> this.service.changeRoles(lena.id(), lena.version(), Set.of(Role.CASEWORKER, Role.AUDITOR)));
		catchThrowableOfType(InvalidInputException.class, () -> this.service.createAccount(
				new NewUserAccount("mixed-up", "Mixed Up", Set.of(Role.ADMIN, Role.SUPERVISOR), GOOD_PASSWORD)));
		UserSummary adam = find("adam");
		catchThrowableOfType(InvalidInputException.class,
				() -> this.service.changeRoles(adam.id(), adam.version(), Set.of(Role.ADMIN, Role.CASEWORKER)));

		assertThat(refusedRoleEvents(lena.id())).singleElement().satisfies(event -> {
			assertThat(event.outcome()).isEqualTo(Outcome.DENIED);
			assertThat(event.actorUsername()).isEqualTo("adam");
			assertThat(event.reason()).isEqualTo("auditor-with-other-role; roles: AUDITOR,CASEWORKER");
		});
		assertThat(refusedRoleEvents(adam.id())).extracting(AuditEvent::reason)
			.contains("own-roles; roles: ADMIN,CASEWORKER");
		assertThat(refusedRoleEvents(null)).hasSize(before + 3)
			.extracting(AuditEvent::reason)
			.contains("admin-with-case-role; roles: ADMIN,SUPERVISOR");
		assertThat(this.accounts.findById(lena.id()).orElseThrow().roles()).containsExactly(Role.CASEWORKER);
	}

	@Test
	void a_password_reset_makes_the_user_choose_a_new_password() {
		UserSummary grace = create("grace");
		UserSummary reset = this.service.resetPassword(grace.id(), grace.version(), "another-long-secret-7");
		assertThat(reset.mustChangePassword()).isTrue();
	}

	@Test
	@WithMockUser(username = "carol", roles = Roles.CASEWORKER)
	void a_caseworker_may_not_list_or_create_accounts() {
		assertThatThrownBy(() -> this.service.listAccounts()).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.service
			.createAccount(new NewUserAccount("mallory", "Mallory", Set.of(Role.ADMIN), GOOD_PASSWORD)))
			.isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.service.disable(UUID.randomUUID(), 0))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	@WithMockUser(username = "henry", roles = Roles.CASEWORKER)
	void a_user_changes_their_own_password_only_with_the_current_one() {
		runAsAdmin(() -> create("henry"));

		InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class,
				() -> this.service.changeOwnPassword("not-my-password", "brand-new-secret-99"));
		assertThat(wrong.problems()).extracting(Problem::messageKey).containsExactly("access.password.current-wrong");

		this.service.changeOwnPassword(GOOD_PASSWORD, "brand-new-secret-99");
		assertThat(this.service.signedInUserMustChangePassword()).isFalse();
	}

	private List<AuditEvent> refusedRoleEvents(UUID account) {
		return TestSecurity.as("aisha", Roles.AUDITOR, () -> this.audit.search(new AuditQuery(null, null, null,
				Action.ACCOUNT_ROLES_REFUSED, account == null ? null : account.toString(), null), 0, 500));
	}

	private UserSummary find(String username) {
		return this.service.listAccounts()
			.stream()
			.filter(user -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private UserSummary create(String username) {
		return this.service
			.createAccount(new NewUserAccount(username, username, Set.of(Role.CASEWORKER), GOOD_PASSWORD));
	}

	private void runAsAdmin(Runnable action) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		try {
			context.setAuthentication(
					new UsernamePasswordAuthenticationToken("adam", null, List.of(Role.ADMIN.authority())));
			action.run();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
