package org.haven.access.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.haven.TestAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.haven.access.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTests extends ViewTest {

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	UserAccountService accounts;

	@Test
	void a_user_with_a_temporary_password_goes_nowhere_but_the_password_change() {
		UserSummary rosa = this.testAccounts.create("rosa", Role.CASEWORKER);
		assertThat(rosa.mustChangePassword()).isTrue();
		signInAs("rosa", Role.CASEWORKER);

		assertThat(open("")).isInstanceOf(ChangePasswordView.class);
		assertThat(open("account/password")).isInstanceOf(ChangePasswordView.class);
		assertThat(find(Paragraph.class).id("password-change-required").getText())
			.startsWith("An administrator set your password");
	}

	@Test
	void choosing_a_new_password_frees_the_user_to_go_on() {
		this.testAccounts.create("samir", Role.SUPERVISOR);
		signInAs("samir", Role.SUPERVISOR);
		ChangePasswordView view = (ChangePasswordView) open("account/password");

		test(view.currentPassword).setValue(TestAccounts.PASSWORD);
		test(view.newPassword).setValue("lantern-orchard-velvet-9");
		test(view.repeatedPassword).setValue("lantern-orchard-velvet-9");
		test(view.save).click();

		assertThat(this.accounts.signedInUserMustChangePassword()).isFalse();
		assertThat(open("")).isNotInstanceOf(ChangePasswordView.class);
	}

	@Test
	void two_different_new_passwords_or_a_wrong_current_one_are_explained_and_change_nothing() {
		this.testAccounts.create("tariq", Role.AUDITOR);
		signInAs("tariq", Role.AUDITOR);
		ChangePasswordView view = (ChangePasswordView) open("account/password");

		test(view.currentPassword).setValue(TestAccounts.PASSWORD);
		test(view.newPassword).setValue("lantern-orchard-velvet-9");
		test(view.repeatedPassword).setValue("lantern-orchard-velvet-8");
		test(view.save).click();
		assertThat(view.repeatedPassword.getErrorMessage()).isEqualTo("The two new passwords are not the same");

		test(view.currentPassword).setValue("a-guess-at-the-password");
		test(view.repeatedPassword).setValue("lantern-orchard-velvet-9");
		test(view.save).click();
		assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct");
		assertThat(this.accounts.signedInUserMustChangePassword()).isTrue();
	}

}
