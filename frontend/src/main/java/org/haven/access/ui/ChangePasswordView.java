package org.haven.access.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.haven.access.PasswordPolicy;
import org.haven.access.UserAccountService;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.ShellNavigation;

/**
 * Every user changes their own password here; after an administrator's reset they must.
 */
@Route("account/password")
@PermitAll
@Menu(title = "nav.password", order = 90)
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	final PasswordField currentPassword = new PasswordField();

	final PasswordField newPassword = new PasswordField();

	final PasswordField repeatedPassword = new PasswordField();

	final Button save = new Button();

	private final UserAccountService accounts;

	private final InputProblems problems;

	ChangePasswordView(UserAccountService accounts) {
		this.accounts = accounts;
		setId("change-password-view");
		add(new H1(getTranslation("password.change.title")));
		if (accounts.signedInUserMustChangePassword()) {
			Paragraph required = new Paragraph(getTranslation("password.change.required"));
			required.setId("password-change-required");
			add(required);
		}
		this.currentPassword.setLabel(getTranslation("password.current"));
		this.currentPassword.setId("current-password");
		this.newPassword.setLabel(getTranslation("password.new"));
		this.newPassword.setId("new-password");
		this.newPassword.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
		this.repeatedPassword.setLabel(getTranslation("password.repeat"));
		this.repeatedPassword.setId("repeated-password");
		this.save.setText(getTranslation("password.change.save"));
		this.save.setId("save-password");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> save());
		this.problems = new InputProblems(this).field("currentPassword", this.currentPassword)
			.field("newPassword", this.newPassword)
			.field("repeatedPassword", this.repeatedPassword);
		FormLayout form = new FormLayout(this.currentPassword, this.newPassword, this.repeatedPassword);
		form.setMaxWidth("30em");
		add(form, this.save);
	}

	private void save() {
		this.problems.clear();
		if (!this.newPassword.getValue().equals(this.repeatedPassword.getValue())) {
			this.problems.show(new InvalidInputException(Problem.of("repeatedPassword", "password.repeat.mismatch")));
			return;
		}
		try {
			this.accounts.changeOwnPassword(this.currentPassword.getValue(), this.newPassword.getValue());
		}
		catch (InvalidInputException refused) {
			List<String> formMessages = this.problems.show(refused);
			formMessages.forEach(Notifications::error);
			return;
		}
		Notifications.success(getTranslation("password.change.done"));
		ShellNavigation.toHome();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("password.change.title");
	}

}
