package org.haven.access.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.access.NewUserAccount;
import org.haven.access.PasswordPolicy;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.ui.InputProblems;

/**
 * Creates an account. A refused form stays open with every problem next to its field and
 * everything typed still there.
 */
class UserFormDialog extends Dialog {

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final PasswordField password = new PasswordField();

	final Button save = new Button();

	private final UserAccountService accounts;

	private final Runnable afterSave;

	private final InputProblems problems;

	UserFormDialog(UserAccountService accounts, Runnable afterSave) {
		this.accounts = accounts;
		this.afterSave = afterSave;
		setId("user-form");
		setHeaderTitle(getTranslation("users.create.title"));
		this.username.setLabel(getTranslation("users.username"));
		this.username.setId("new-username");
		this.username.setHelperText(getTranslation("users.username.rule"));
		this.displayName.setLabel(getTranslation("users.display-name"));
		this.displayName.setId("new-display-name");
		this.roles.setLabel(getTranslation("users.roles"));
		this.roles.setId("new-roles");
		this.roles.setItems(EnumSet.allOf(Role.class));
		this.roles.setItemLabelGenerator(role -> UsersView.roleLabel(this, role));
		this.roles.setHelperText(getTranslation("users.roles.rule"));
		this.password.setLabel(getTranslation("users.temporary-password"));
		this.password.setId("new-password");
		this.password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
		this.problems = new InputProblems(this).field("username", this.username)
			.field("displayName", this.displayName)
			.field("roles", this.roles)
			.field("password", this.password);
		add(new FormLayout(this.username, this.displayName, this.roles, this.password));

		this.save.setText(getTranslation("action.save"));
		this.save.setId("save-user");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> save());
		Button cancel = new Button(getTranslation("action.cancel"), click -> close());
		getFooter().add(cancel, this.save);
	}

	private void save() {
		UsersView.submit(this, this.problems,
				() -> this.accounts.createAccount(new NewUserAccount(this.username.getValue(),
						this.displayName.getValue(), this.roles.getValue(), this.password.getValue())),
				"users.created", this.afterSave);
	}

}
