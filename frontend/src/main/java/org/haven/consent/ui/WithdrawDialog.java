package org.haven.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.casefile.CaseCode;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentRecord;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * Withdraws the person's consent for one purpose from a day they name, with their reason
 * if they gave one. The withdrawal is a new version, in force at once.
 */
class WithdrawDialog extends Dialog {

	private final DatePicker withdrawnOn = new DatePicker();

	private final TextArea reason = new TextArea();

	private final Button confirm = new Button();

	private final ConsentLedger ledger;

	private final CaseCode code;

	private final ConsentRecord current;

	private final Runnable afterSave;

	private final InputProblems problems;

	WithdrawDialog(ConsentLedger ledger, CaseCode code, ConsentRecord current, String purpose, Runnable afterSave) {
		this.ledger = ledger;
		this.code = code;
		this.current = current;
		this.afterSave = afterSave;
		setId("withdraw-dialog");
		setHeaderTitle(getTranslation("consent.withdraw.title", purpose));
		DatePickers.inUserLanguage(this.withdrawnOn).setId("consent-withdrawn-on");
		this.withdrawnOn.setLabel(getTranslation("consent.field.withdrawn-on"));
		this.withdrawnOn.setValue(UserLocale.today());
		this.reason.setId("consent-withdrawal-reason");
		this.reason.setLabel(getTranslation("consent.field.withdrawal-reason"));
		this.reason.setWidthFull();
		this.problems = new InputProblems(this).field("withdrawnOn", this.withdrawnOn)
			.field("withdrawalReason", this.reason);
		add(new Paragraph(getTranslation("consent.withdraw.intro")), this.withdrawnOn, this.reason);

		this.confirm.setId("confirm-withdrawal");
		this.confirm.setText(getTranslation("consent.withdraw"));
		this.confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		this.confirm.addClickListener(click -> confirm());
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

	private void confirm() {
		try {
			this.ledger.withdraw(this.code, this.current.purpose(), this.current.scope(), this.current.version(),
					this.withdrawnOn.getValue(), this.reason.getValue());
			Notifications.success(getTranslation("consent.withdrawn"));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("consent.conflict"));
		}
		close();
		this.afterSave.run();
	}

}
