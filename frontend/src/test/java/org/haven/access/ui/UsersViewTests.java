package org.haven.access.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.DemoAccounts;
import org.haven.TestAccounts;
import org.haven.ViewTest;
import org.haven.access.AccountFixtures;
import org.haven.access.ExternalIdentity;
import org.haven.access.IdentityProviderAccounts;
import org.haven.access.LinkRequest;
import org.haven.access.Role;
import org.haven.access.SignInRefusedException;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewTests extends ViewTest {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountFixtures olderHaven;

	@Autowired
	UserAccountService accounts;

	@Autowired
	IdentityProviderAccounts identityProvider;

	UsersView view;

	@BeforeEach
	void openAsAdministrator() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		this.view = (UsersView) open("admin/users");
	}

	@Test
	void an_administrator_creates_a_caseworker_who_then_appears_in_the_list() {
		UserFormDialog form = openCreateForm();
		test(form.username).setValue("nadia");
		test(form.displayName).setValue("Nadia Haddad");
		test(form.roles).selectItems("Caseworker", "Supervisor");
		test(form.password).setValue("four-quiet-harbour-lamps");
		test(form.save).click();

		assertThat(form.isOpened()).isFalse();
		UserSummary nadia = this.testAccounts.find("nadia");
		assertThat(nadia.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
		assertThat(nadia.mustChangePassword()).isTrue();
		assertThat(rowOf("nadia")).isGreaterThanOrEqualTo(0);
		assertThat(test(this.view.grid).getCellText(rowOf("nadia"), 3)).isEqualTo("Must choose a new password");
	}

	@Test
	void an_empty_form_marks_every_field_keeps_the_dialog_open_and_stores_nothing() {
		int before = test(this.view.grid).size();
		UserFormDialog form = openCreateForm();
		test(form.save).click();

		assertThat(form.isOpened()).isTrue();
		assertThat(form.username.isInvalid()).isTrue();
		assertThat(form.username.getErrorMessage()).isEqualTo("This field is required");
		assertThat(form.displayName.isInvalid()).isTrue();
		assertThat(form.roles.isInvalid()).isTrue();
		assertThat(form.roles.getErrorMessage()).isEqualTo("Choose at least one role");
		assertThat(form.password.isInvalid()).isTrue();
		this.view.refresh();
		assertThat(test(this.view.grid).size()).isEqualTo(before);
	}

	@Test
	void a_taken_username_and_a_weak_password_are_explained_and_what_was_typed_stays() {
		UserFormDialog form = openCreateForm();
		test(form.username).setValue("carol");
		test(form.displayName).setValue("Carol Again");
		test(form.roles).selectItems("Caseworker");
		test(form.password).setValue("Password2024!");
		test(form.save).click();

		assertThat(form.isOpened()).isTrue();
		assertThat(form.username.getErrorMessage()).isEqualTo("This username is already taken");
		assertThat(form.password.getErrorMessage()).isEqualTo("This password is too common; attackers try it first");
		assertThat(form.displayName.isInvalid()).isFalse();
		assertThat(form.username.getValue()).isEqualTo("carol");
		assertThat(form.displayName.getValue()).isEqualTo("Carol Again");
		assertThat(form.password.getValue()).isEqualTo("Password2024!");
	}

	@Test
	void an_administrator_disables_and_re_enables_an_account() {
		this.testAccounts.create("olga", Role.AUDITOR);
		this.view.refresh();

		test(button("disable-olga")).click();
		assertThat(this.testAccounts.find("olga").enabled()).isFalse();
		assertThat(test(this.view.grid).getCellText(rowOf("olga"), 3)).isEqualTo("Disabled");

		test(button("enable-olga")).click();
		assertThat(this.testAccounts.find("olga").enabled()).isTrue();
	}

	@Test
	void an_administrator_resets_a_password_which_the_user_must_then_change() {
		this.testAccounts.create("pavel", Role.CASEWORKER);
		this.view.refresh();

		test(button("reset-pavel")).click();
		ResetPasswordDialog dialog = find(ResetPasswordDialog.class).single();
		test(dialog.password).setValue("short");
		test(dialog.save).click();
		assertThat(dialog.password.getErrorMessage()).isEqualTo("Use at least 12 characters");

		test(dialog.password).setValue("seven-green-bottles-sing");
		test(dialog.save).click();
		assertThat(this.testAccounts.find("pavel").mustChangePassword()).isTrue();
	}

	@Test
	void an_administrator_gives_and_takes_roles() {
		this.testAccounts.create("uma", Role.CASEWORKER);
		this.view.refresh();

		test(button("roles-uma")).click();
		RolesDialog dialog = find(RolesDialog.class).single();
		test(dialog.roles).deselectItem("Caseworker");
		test(dialog.save).click();
		assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role");

		test(dialog.roles).selectItems("Supervisor", "Caseworker");
		test(dialog.save).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.testAccounts.find("uma").roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.CASEWORKER);
		assertThat(test(this.view.grid).getCellText(rowOf("uma"), 2)).isEqualTo("Caseworker, Supervisor");
	}

	@Test
	void roles_that_must_not_meet_are_refused_next_to_the_roles_and_everything_typed_stays() {
		UserFormDialog form = openCreateForm();
		test(form.username).setValue("wanda");
		test(form.displayName).setValue("Wanda Wide");
		test(form.roles).selectItems("Administrator", "Caseworker");
		test(form.password).setValue("four-quiet-harbour-lamps");
		test(form.save).click();

		assertThat(form.isOpened()).isTrue();
		assertThat(form.roles.isInvalid()).isTrue();
		assertThat(form.roles.getErrorMessage()).isEqualTo(
				"An administrator cannot also be a caseworker or supervisor: give these roles to another account");
		assertThat(form.roles.getValue()).containsExactlyInAnyOrder(Role.ADMIN, Role.CASEWORKER);
		assertThat(form.username.getValue()).isEqualTo("wanda");
		assertThat(this.testAccounts.all()).noneMatch(account -> account.username().equals("wanda"));

		this.testAccounts.create("xavier", Role.AUDITOR);
		this.view.refresh();
		test(button("roles-xavier")).click();
		RolesDialog dialog = find(RolesDialog.class).single();
		test(dialog.roles).selectItems("Supervisor");
		test(dialog.save).click();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.roles.getErrorMessage())
			.isEqualTo("An auditor holds no other role, so that nobody audits their own work");
		assertThat(this.testAccounts.find("xavier").roles()).containsExactly(Role.AUDITOR);
	}

	@Test
	void an_administrator_cannot_give_themself_a_case_role() {
		test(button("roles-adam")).click();
		RolesDialog dialog = find(RolesDialog.class).single();
		test(dialog.roles).selectItems("Caseworker");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.roles.getErrorMessage())
			.isEqualTo("You cannot change your own roles; ask another administrator");
		assertThat(this.testAccounts.find(DemoAccounts.ADMIN).roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void an_account_written_with_roles_that_must_not_meet_shows_that_it_cannot_sign_in() {
		UserSummary yusuf = this.testAccounts.create("yusuf", Role.AUDITOR);
		this.olderHaven.addRolesWithoutTheRules(yusuf.id(), Role.SUPERVISOR);
		this.view.refresh();

		assertThat(test(this.view.grid).getCellText(rowOf("yusuf"), 3))
			.isEqualTo("Cannot sign in: holds roles that must not be held together");
	}

	@Test
	void with_keycloak_an_administrator_links_the_account_a_person_asked_for_and_rejects_another_request() {
		UserSummary zoe = this.testAccounts.create("zoe", Role.CASEWORKER);
		UserSummary zack = this.testAccounts.create("zack", Role.CASEWORKER);
		String zoesSubject = UUID.randomUUID().toString();
		for (UserSummary account : List.of(zoe, zack)) {
			assertThatThrownBy(() -> this.identityProvider
				.signIn(new ExternalIdentity(account == zoe ? zoesSubject : UUID.randomUUID().toString(),
						account.username(), "Keycloak Name", Set.of(Role.CASEWORKER))))
				.isInstanceOf(SignInRefusedException.class);
		}
		UsersView withKeycloak = new UsersView(this.accounts, SignInMode.KEYCLOAK);
		UI.getCurrent().add(withKeycloak);
		var requests = test(withKeycloak.linkRequests);
		assertThat(withKeycloak.linkRequests.getParent().orElseThrow().isVisible()).isTrue();
		int zoesRow = rowOf(requests, "zoe");
		assertThat(requests.getCellText(zoesRow, 1)).isEqualTo("Keycloak Name");
		assertThat(requests.getCellText(zoesRow, 2)).isEqualTo(zoesSubject);

		test(linkButton(withKeycloak, "link-zoe")).click();
		test(linkButton(withKeycloak, "reject-link-zack")).click();

		assertThat(this.testAccounts.find("zoe").signsInThroughIdentityProvider()).isTrue();
		assertThat(this.testAccounts.find("zack").signsInThroughIdentityProvider()).isFalse();
		assertThat(
				this.identityProvider.signIn(new ExternalIdentity(zoesSubject, "zoe", "Zoe", Set.of(Role.CASEWORKER)))
					.id())
			.isEqualTo(zoe.id());
		assertThat(rowOf(test(withKeycloak.linkRequests), "zoe")).isEqualTo(-1);
		assertThat(rowOf(test(withKeycloak.linkRequests), "zack")).isEqualTo(-1);
	}

	@Test
	void an_administrator_cannot_disable_their_own_account() {
		test(button("disable-adam")).click();
		assertThat(this.testAccounts.find(DemoAccounts.ADMIN).enabled()).isTrue();
		assertThat(find(Notification.class).all().getLast().getElement().getProperty("text", ""))
			.isEqualTo("You cannot disable your own account");
	}

	@Test
	void a_list_that_someone_else_changed_meanwhile_refuses_the_stale_change() {
		UserSummary quinn = this.testAccounts.create("quinn", Role.CASEWORKER);
		this.view.refresh();
		this.testAccounts.disable(quinn);

		test(button("disable-quinn")).click();

		assertThat(find(Notification.class).all().getLast().getElement().getProperty("text", ""))
			.startsWith("Someone else changed this account in the meantime");
		assertThat(test(this.view.grid).getCellText(rowOf("quinn"), 3)).isEqualTo("Disabled");
	}

	@Test
	void a_caseworker_cannot_reach_the_accounts_service_even_without_the_view() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		assertThatThrownBy(() -> this.view.refresh()).isInstanceOf(AuthorizationDeniedException.class);
	}

	private UserFormDialog openCreateForm() {
		test(this.view.create).click();
		return find(UserFormDialog.class).single();
	}

	private Button linkButton(UsersView view, String id) {
		var grid = test(view.linkRequests);
		return (Button) ((HorizontalLayout) grid.getCellComponent(rowOf(grid, id.substring(id.lastIndexOf('-') + 1)),
				"actions"))
			.getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

	private static int rowOf(GridTester<?, LinkRequest> grid, String username) {
		for (int row = 0; row < grid.size(); row++) {
			if (grid.getRow(row).username().equals(username)) {
				return row;
			}
		}
		return -1;
	}

	private int rowOf(String username) {
		var grid = test(this.view.grid);
		for (int row = 0; row < grid.size(); row++) {
			if (grid.getRow(row).username().equals(username)) {
				return row;
			}
		}
		return -1;
	}

	private Button button(String id) {
		var grid = test(this.view.grid);
		return (Button) ((HorizontalLayout) grid.getCellComponent(rowOf(id.substring(id.indexOf('-') + 1)), "actions"))
			.getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

}
