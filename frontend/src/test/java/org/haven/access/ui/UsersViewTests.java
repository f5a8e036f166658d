package org.haven.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.haven.DemoAccounts;
import org.haven.TestAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewTests extends ViewTest {

	@Autowired
	TestAccounts testAccounts;

	UsersView view;

	@BeforeEach
	void openAsAdministrator() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		this.view = (UsersView) open("admin/users");
	}

	@AfterEach
	void signOutAfterwards() {
		signOut();
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

		test(dialog.roles).selectItems("Supervisor", "Auditor");
		test(dialog.save).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.testAccounts.find("uma").roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.AUDITOR);
		assertThat(test(this.view.grid).getCellText(rowOf("uma"), 2)).isEqualTo("Supervisor, Auditor");
	}

	@Test
	void an_administrator_cannot_disable_their_own_account() {
		test(button("disable-adam")).click();
		assertThat(this.testAccounts.find(DemoAccounts.ADMIN).enabled()).isTrue();
		assertThat(find(Notification.class).all().getLast().getElement().getProperty("text", ""))
			.isEqualTo("You cannot disable your own account or take away your own administrator role");
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
		assertThatThrownBy(() -> this.view.refresh())
			.isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
	}

	private UserFormDialog openCreateForm() {
		test(this.view.create).click();
		return find(UserFormDialog.class).single();
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
		return (Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid
			.getCellComponent(rowOf(id.substring(id.indexOf('-') + 1)), "actions")).getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

}
