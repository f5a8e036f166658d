package org.haven.referral.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.haven.assistance.PlannedService;
import org.haven.casefile.CaseCode;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.person.Identity;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.referral.NewReferral;
import org.haven.referral.PackageChoice;
import org.haven.referral.Referral;
import org.haven.referral.ReferralPreview;
import org.haven.referral.ReferralReason;
import org.haven.referral.Referrals;
import org.haven.referral.Urgency;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;
import org.jspecify.annotations.Nullable;

/**
 * Refers the person for a service a partner provides: the service line, a partner that
 * offers it, the reason, the urgency and, field by field, what travels. "Preview" keeps
 * the referral as a draft and shows the package exactly as the partner will receive it;
 * "Send" sends that package and nothing else. The server decides whether consent and the
 * partner's agreement allow it.
 */
class ReferralDialog extends Dialog {

	private final Select<PlannedService> service = new Select<>();

	private final Select<Partner> partner = new Select<>();

	private final Select<ReferralReason> reason = new Select<>();

	private final Select<Urgency> urgency = new Select<>();

	private final Checkbox caseCode = new Checkbox();

	private final Checkbox profile = new Checkbox();

	private final Checkbox needs = new Checkbox();

	private final CheckboxGroup<String> identity = new CheckboxGroup<>();

	private final CheckboxGroup<String> situation = new CheckboxGroup<>();

	private final Div preview = new Div();

	private final Button previewButton = new Button();

	private final Button send = new Button();

	private final InputProblems problems = new InputProblems(this);

	private final Referrals referrals;

	private final PartnerDirectory directory;

	private final ReferenceData reference;

	private final CaseCode code;

	private final Runnable afterSend;

	private @Nullable Referral draft;

	private @Nullable ReferralPreview previewed;

	ReferralDialog(Referrals referrals, PartnerDirectory directory, ReferenceData reference, CaseCode code,
			List<PlannedService> services, @Nullable Referral draft, Runnable afterSend) {
		this.referrals = referrals;
		this.directory = directory;
		this.reference = reference;
		this.code = code;
		this.afterSend = afterSend;
		setId("referral-dialog");
		setHeaderTitle(getTranslation("referral.dialog.title"));
		this.service.setId("referral-service");
		this.service.setLabel(getTranslation("referral.field.service"));
		this.service.setItems(services);
		this.service.setItemLabelGenerator(line -> ReferralTexts.service(reference, line.type()) + ", "
				+ getTranslation("referral.service.requested-on", UserLocale.date(line.requestedOn())));
		this.service.addValueChangeListener(change -> offering());
		this.partner.setId("referral-partner");
		this.partner.setLabel(getTranslation("referral.field.partner"));
		this.partner.setHelperText(getTranslation("referral.field.partner.helper"));
		this.partner.setItemLabelGenerator(Partner::name);
		this.reason.setId("referral-reason");
		this.reason.setLabel(getTranslation("referral.field.reason"));
		this.reason.setItems(ReferralReason.values());
		this.reason.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.urgency.setId("referral-urgency");
		this.urgency.setLabel(getTranslation("referral.field.urgency"));
		this.urgency.setItems(Urgency.values());
		this.urgency.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.caseCode.setId("referral-case-code");
		this.caseCode.setLabel(getTranslation("referral.package.case-code"));
		this.profile.setId("referral-profile");
		this.profile.setLabel(getTranslation("referral.package.profile"));
		this.needs.setId("referral-needs");
		this.needs.setLabel(getTranslation("referral.package.needs"));
		this.identity.setId("referral-identity");
		this.identity.setLabel(getTranslation("referral.package.identity"));
		this.identity.setHelperText(getTranslation("referral.package.identity.helper"));
		this.identity.setItems(Identity.FIELDS);
		this.identity.setItemLabelGenerator(field -> getTranslation("referral.field." + field));
		this.situation.setId("referral-situation");
		this.situation.setLabel(getTranslation("referral.package.situation"));
		this.situation.setItems(PackageChoice.SITUATION_PARTS);
		this.situation.setItemLabelGenerator(field -> getTranslation("referral.field." + field));
		this.preview.setId("referral-preview");
		this.problems.field("service", this.service)
			.field("partner", this.partner)
			.field("reason", this.reason)
			.field("urgency", this.urgency)
			.field("choice", this.identity);
		FormLayout form = new FormLayout(this.service, this.partner, this.reason, this.urgency);
		add(form, new H3(getTranslation("referral.package.title")),
				new Paragraph(getTranslation("referral.package.intro")), parts(), this.preview);
		this.previewButton.setId("preview-referral");
		this.previewButton.setText(getTranslation("referral.preview"));
		this.previewButton.addClickListener(click -> preview());
		this.send.setId("send-referral");
		this.send.setText(getTranslation("referral.send"));
		this.send.addThemeVariants(ButtonVariant.PRIMARY);
		this.send.setEnabled(false);
		this.send.addClickListener(click -> send());
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.previewButton, this.send);
		if (draft != null) {
			this.draft = draft;
			services.stream()
				.filter(line -> line.id().equals(draft.service()))
				.findFirst()
				.ifPresent(this.service::setValue);
			this.partner.setItems(this.directory.partner(draft.partner()));
			this.partner.setValue(this.directory.partner(draft.partner()));
			this.reason.setValue(draft.reason());
			this.urgency.setValue(draft.urgency());
			this.caseCode.setValue(draft.choice().caseCode());
			this.profile.setValue(draft.choice().profile());
			this.needs.setValue(draft.choice().needs());
			this.identity.setValue(draft.choice().identityFields());
			this.situation.setValue(draft.choice().situationParts());
			fixChoice();
			showPreview();
		}
	}

	/**
	 * The choices, one under the other: whole parts first, then the fields one by one.
	 */
	private com.vaadin.flow.component.orderedlayout.VerticalLayout parts() {
		var whole = new com.vaadin.flow.component.orderedlayout.VerticalLayout(this.caseCode, this.profile, this.needs);
		whole.setPadding(false);
		whole.setSpacing(false);
		var fields = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(this.identity, this.situation);
		fields.setWrap(true);
		var parts = new com.vaadin.flow.component.orderedlayout.VerticalLayout(whole, fields);
		parts.setPadding(false);
		return parts;
	}

	private void offering() {
		PlannedService line = this.service.getValue();
		this.partner.setItems(line == null ? List.of() : this.directory.offering(line.type()));
	}

	private void preview() {
		if (this.draft == null) {
			try {
				this.draft = this.referrals.draft(this.code,
						this.service.getValue() == null ? null : this.service.getValue().id(),
						new NewReferral(this.partner.getValue() == null ? null : this.partner.getValue().id(),
								this.reason.getValue(), this.urgency.getValue(),
								new PackageChoice(this.caseCode.getValue(), this.profile.getValue(),
										this.identity.getValue(), this.situation.getValue(), this.needs.getValue())));
			}
			catch (InvalidInputException refused) {
				this.problems.show(refused).forEach(Notifications::error);
				return;
			}
			this.problems.clear();
			fixChoice();
		}
		showPreview();
	}

	/** Once drafted, the choice is what the preview shows: it no longer changes here. */
	private void fixChoice() {
		List.of(this.service, this.partner, this.reason, this.urgency).forEach(field -> field.setReadOnly(true));
		this.caseCode.setReadOnly(true);
		this.profile.setReadOnly(true);
		this.needs.setReadOnly(true);
		this.identity.setReadOnly(true);
		this.situation.setReadOnly(true);
	}

	private void showPreview() {
		try {
			this.previewed = this.referrals.preview(this.code, this.draft.id());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		this.preview.removeAll();
		UnorderedList lines = new UnorderedList();
		this.previewed.referralPackage()
			.lines()
			.forEach(line -> lines.add(new ListItem(ReferralTexts.line(this, line))));
		this.preview.add(new H3(getTranslation("referral.preview.title")),
				new Paragraph(ReferralTexts.heading(this, this.reference, this.previewed.referralPackage())),
				this.previewed.referralPackage().lines().isEmpty()
						? new Paragraph(getTranslation("referral.preview.nothing")) : lines);
		this.send.setEnabled(true);
		this.previewButton.setEnabled(false);
	}

	private void send() {
		try {
			this.referrals.send(this.code, this.draft.id(), this.draft.version(), this.previewed.hash());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("referral.changed-since-preview"));
			close();
			return;
		}
		Notifications.success(getTranslation("referral.sent"));
		close();
	}

	/** Whatever happened, the section shows the referrals as they now stand. */
	@Override
	public void close() {
		this.preview.removeAll();
		this.previewed = null;
		super.close();
		this.afterSend.run();
	}

}
