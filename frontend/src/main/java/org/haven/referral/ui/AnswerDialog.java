package org.haven.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.haven.casefile.CaseCode;
import org.haven.referral.Referral;
import org.haven.referral.ReferralAnswer;
import org.haven.referral.Referrals;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * The partner's answer, as it came by phone, mail or paper: acknowledged, accepted,
 * declined (why), service started, completed or not completed (why), and on which day.
 */
class AnswerDialog extends Dialog {

	private final AnswerFields answer = new AnswerFields(this, "referral-answer");

	private final DatePicker on = new DatePicker();

	private final InputProblems problems = new InputProblems(this);

	AnswerDialog(Referrals referrals, CaseCode code, Referral referral, Runnable afterSave) {
		setId("referral-answer-dialog");
		setHeaderTitle(getTranslation("referral.answer.title", referral.partnerName()));
		DatePickers.inUserLanguage(this.on).setId("referral-answer-on");
		this.on.setLabel(getTranslation("referral.answer.on"));
		this.on.setValue(UserLocale.today());
		this.problems.field("status", this.answer.status).field("reason", this.answer.reason).field("on", this.on);
		add(new FormLayout(this.answer.status, this.answer.reason, this.on));
		Button save = new Button(getTranslation("action.save"), click -> {
			try {
				referrals.recordAnswer(code, referral.id(), referral.version(), new ReferralAnswer(
						this.answer.status.getValue(), this.answer.reason.getValue(), this.on.getValue()));
			}
			catch (InvalidInputException refused) {
				this.problems.show(refused).forEach(Notifications::error);
				return;
			}
			catch (ConflictException conflict) {
				Notifications.error(getTranslation("referral.conflict"));
			}
			Notifications.success(getTranslation("referral.answer.recorded"));
			close();
			afterSave.run();
		});
		save.setId("save-referral-answer");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
