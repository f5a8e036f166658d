package org.haven.referral.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.referral.AnswerReason;
import org.haven.referral.Referral;
import org.haven.referral.ReferralAnswer;
import org.haven.referral.ReferralStatus;
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

	static final ReferralStatus[] ANSWERS = { ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED,
			ReferralStatus.DECLINED, ReferralStatus.SERVICE_STARTED, ReferralStatus.COMPLETED,
			ReferralStatus.NOT_COMPLETED };

	private final Select<ReferralStatus> status = new Select<>();

	private final Select<AnswerReason> reason = new Select<>();

	private final DatePicker on = new DatePicker();

	private final InputProblems problems = new InputProblems(this);

	AnswerDialog(Referrals referrals, CaseCode code, Referral referral, Runnable afterSave) {
		setId("referral-answer-dialog");
		setHeaderTitle(getTranslation("referral.answer.title", referral.partnerName()));
		this.status.setId("referral-answer-status");
		this.status.setLabel(getTranslation("referral.answer.status"));
		this.status.setItems(ANSWERS);
		this.status.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.reason.setId("referral-answer-reason");
		this.reason.setLabel(getTranslation("referral.answer.reason"));
		this.reason.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.reason.setVisible(false);
		this.status.addValueChangeListener(change -> {
			boolean needed = change.getValue() != null && AnswerReason.needed(change.getValue());
			this.reason.setVisible(needed);
			this.reason.setItems(needed
					? Arrays.stream(AnswerReason.values()).filter(value -> value.explains(change.getValue())).toList()
					: java.util.List.of());
		});
		DatePickers.inUserLanguage(this.on).setId("referral-answer-on");
		this.on.setLabel(getTranslation("referral.answer.on"));
		this.on.setValue(UserLocale.today());
		this.problems.field("status", this.status).field("reason", this.reason).field("on", this.on);
		add(new FormLayout(this.status, this.reason, this.on));
		Button save = new Button(getTranslation("action.save"), click -> {
			try {
				referrals.recordAnswer(code, referral.id(), referral.version(),
						new ReferralAnswer(this.status.getValue(), this.reason.getValue(), this.on.getValue()));
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
