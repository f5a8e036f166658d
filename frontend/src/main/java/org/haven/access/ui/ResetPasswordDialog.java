package org.haven.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.haven.access.PasswordPolicy;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.haven.ui.InputProblems;

/** Sets a temporary password, which the user must replace at their next sign-in. */
class ResetPasswordDialog extends Dialog {

	final PasswordField password = new PasswordField();

	final Button save = new Button();

	ResetPasswordDialog(UserAccountService accounts, UserSummary user, Runnable afterSave) {
		setId("reset-password-form");
		setHeaderTitle(getTranslation("users.reset-password.title", user.username()));
		add(new Paragraph(getTranslation("users.reset-password.explanation")));
		this.password.setLabel(getTranslation("users.temporary-password"));
		this.password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
		add(this.password);
		InputProblems problems = new InputProblems(this).field("password", this.password);
		this.save.setText(getTranslation("users.reset-password"));
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> UsersView.submit(this, problems,
				() -> accounts.resetPassword(user.id(), user.version(), this.password.getValue()),
				"users.reset-password.done", afterSave));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
