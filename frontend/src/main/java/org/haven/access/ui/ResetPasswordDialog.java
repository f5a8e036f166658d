package org.haven.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import org.haven.access.PasswordPolicy;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
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
		this.save.addClickListener(click -> {
			try {
				accounts.resetPassword(user.id(), user.version(), this.password.getValue());
			}
			catch (InvalidInputException refused) {
				problems.show(refused).forEach(UsersView::error);
				return;
			}
			catch (ConflictException conflict) {
				UsersView.error(getTranslation("users.conflict"));
				close();
				afterSave.run();
				return;
			}
			Notification.show(getTranslation("users.reset-password.done"))
				.addThemeVariants(NotificationVariant.SUCCESS);
			close();
			afterSave.run();
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
