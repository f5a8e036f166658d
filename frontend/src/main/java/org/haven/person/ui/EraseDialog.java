package org.haven.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import org.haven.person.ErasureReason;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;

/**
 * Erasure says what it does before it happens: irreversible, identity gone everywhere,
 * the profile kept for statistics. It needs a reason and an explicit acknowledgement.
 */
class EraseDialog extends Dialog {

	final Select<ErasureReason> reason = new Select<>();

	final Checkbox understood = new Checkbox();

	final Button confirm = new Button();

	EraseDialog(PersonService persons, PersonSummary person, Runnable afterErasure) {
		setId("erase-dialog");
		setHeaderTitle(getTranslation("person.erase.title", person.code().value()));
		Paragraph warning = new Paragraph(getTranslation("person.erase.warning"));
		warning.setId("erase-warning");
		this.reason.setLabel(getTranslation("person.erase.reason"));
		this.reason.setItems(ErasureReason.values());
		this.reason.setItemLabelGenerator(value -> Labels.of(this, value));
		this.understood.setLabel(getTranslation("person.erase.understood"));
		this.confirm.setText(getTranslation("person.erase.confirm"));
		this.confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		this.confirm.setEnabled(false);
		this.understood.addValueChangeListener(change -> this.confirm.setEnabled(change.getValue()));
		this.confirm.addClickListener(click -> {
			try {
				persons.erase(person.code(), person.version(), this.reason.getValue());
			}
			catch (InvalidInputException refused) {
				this.reason.setErrorMessage(getTranslation("person.erasure.reason-required"));
				this.reason.setInvalid(true);
				return;
			}
			catch (ConflictException conflict) {
				Notification.show(getTranslation("person.conflict")).addThemeVariants(NotificationVariant.ERROR);
			}
			close();
			afterErasure.run();
		});
		add(warning, this.reason, this.understood);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
