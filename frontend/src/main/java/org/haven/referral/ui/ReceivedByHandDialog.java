package org.haven.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.casefile.DraftId;
import org.haven.casefile.ui.CaseNavigation;
import org.haven.partner.OrganisationType;
import org.haven.person.ui.Labels;
import org.haven.referral.IncomingReferrals;
import org.haven.referral.NewIncomingReferral;
import org.haven.referral.ReferralReason;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * A referral that came by phone, on paper or in person: who referred the person, on which
 * day and why. Saving starts the intake, where the person's own consent comes first.
 */
class ReceivedByHandDialog extends Dialog {

	private final TextField organisation = new TextField();

	private final DatePicker on = new DatePicker();

	private final Select<OrganisationType> type = new Select<>();

	private final Select<ReferralReason> reason = new Select<>();

	private final InputProblems problems = new InputProblems(this);

	ReceivedByHandDialog(IncomingReferrals incoming) {
		setId("incoming-by-hand-dialog");
		setHeaderTitle(getTranslation("referral.incoming.by-hand"));
		this.organisation.setId("incoming-organisation");
		this.organisation.setLabel(getTranslation("referral.incoming.column.from"));
		this.type.setId("incoming-organisation-type");
		this.type.setLabel(getTranslation("referral.incoming.organisation-type"));
		this.type.setItems(OrganisationType.values());
		this.type.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.type.setEmptySelectionAllowed(true);
		this.type.setEmptySelectionCaption(getTranslation("referral.incoming.organisation-type.unknown"));
		DatePickers.inUserLanguage(this.on).setId("incoming-on");
		this.on.setLabel(getTranslation("referral.incoming.column.on"));
		this.on.setValue(UserLocale.today());
		this.reason.setId("incoming-reason");
		this.reason.setLabel(getTranslation("referral.incoming.column.reason"));
		this.reason.setItems(ReferralReason.values());
		this.reason.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.problems.field("referringOrganisation", this.organisation)
			.field("referredOn", this.on)
			.field("reason", this.reason);
		add(new FormLayout(this.organisation, this.type, this.on, this.reason));
		Button save = new Button(getTranslation("referral.incoming.start-intake"), click -> {
			DraftId draft;
			try {
				draft = incoming.recordByHand(new NewIncomingReferral(this.organisation.getValue(),
						this.type.getValue(), this.on.getValue(), this.reason.getValue()));
			}
			catch (InvalidInputException refused) {
				this.problems.show(refused).forEach(Notifications::error);
				return;
			}
			close();
			CaseNavigation.toDraft(draft);
		});
		save.setId("save-incoming");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
