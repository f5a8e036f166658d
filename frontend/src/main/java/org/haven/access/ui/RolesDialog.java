package org.haven.access.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.haven.ui.InputProblems;

/** Gives and takes an account's roles. */
class RolesDialog extends Dialog {

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final Button save = new Button();

	RolesDialog(UserAccountService accounts, UserSummary user, Runnable afterSave) {
		setId("roles-form");
		setHeaderTitle(getTranslation("users.edit-roles.title", user.username()));
		this.roles.setLabel(getTranslation("users.roles"));
		this.roles.setItems(EnumSet.allOf(Role.class));
		this.roles.setItemLabelGenerator(role -> UsersView.roleLabel(this, role));
		this.roles.setHelperText(getTranslation("users.roles.rule"));
		this.roles.setValue(user.roles());
		add(this.roles);
		InputProblems problems = new InputProblems(this).field("roles", this.roles);
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> UsersView.submit(this, problems,
				() -> accounts.changeRoles(user.id(), user.version(), this.roles.getValue()), "users.roles-changed",
				afterSave));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
