package org.haven.partner.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.partner.DataSharingAgreement;
import org.haven.partner.Eligibility;
import org.haven.partner.NewPartner;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;
import org.jspecify.annotations.Nullable;

/**
 * A partner's entry, new or changed: who it is, what it offers and to whom, how to reach
 * it, its data-sharing agreement and, when it runs Haven, its keys file. Saved whole or
 * refused field by field with what was typed kept.
 */
class PartnerDialog extends Dialog {

	private final TextField name = new TextField();

	private final Select<OrganisationType> type = new Select<>();

	private final TextField country = new TextField();

	private final TextField area = new TextField();

	private final TextField languages = new TextField();

	private final MultiSelectComboBox<ReferenceItem> services = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<Gender> genders = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<AgeBand> ageBands = new MultiSelectComboBox<>();

	private final TextField nationalities = new TextField();

	private final MultiSelectComboBox<ReferenceItem> exploitationForms = new MultiSelectComboBox<>();

	private final TextArea contactChannel = new TextArea();

	private final DatePicker agreementSignedOn = new DatePicker();

	private final DatePicker agreementExpiresOn = new DatePicker();

	private final TextField agreementDocument = new TextField();

	private final TextArea publicKeys = new TextArea();

	private final InputProblems problems = new InputProblems(this);

	private final PartnerDirectory directory;

	private final @Nullable Partner partner;

	private final Runnable afterSave;

	PartnerDialog(PartnerDirectory directory, ReferenceData reference, @Nullable Partner partner, Runnable afterSave) {
		this.directory = directory;
		this.partner = partner;
		this.afterSave = afterSave;
		setId("partner-dialog");
		setHeaderTitle(getTranslation(partner == null ? "partner.add" : "partner.change.title"));
		field(this.name, "partner-name", "partner.field.name");
		this.type.setId("partner-type");
		this.type.setLabel(getTranslation("partner.field.type"));
		this.type.setItems(OrganisationType.values());
		this.type.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		field(this.country, "partner-country", "partner.field.country");
		this.country.setHelperText(getTranslation("partner.field.country.helper"));
		field(this.area, "partner-area", "partner.field.area");
		field(this.languages, "partner-languages", "partner.field.languages");
		this.languages.setHelperText(getTranslation("partner.field.languages.helper"));
		codes(this.services, "partner-services", "partner.field.services",
				reference.active(ReferenceList.SERVICE_TYPES));
		this.genders.setId("partner-genders");
		this.genders.setLabel(getTranslation("partner.field.genders"));
		this.genders.setItems(Gender.values());
		this.genders.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.ageBands.setId("partner-age-bands");
		this.ageBands.setLabel(getTranslation("partner.field.age-bands"));
		this.ageBands.setItems(AgeBand.values());
		this.ageBands.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		field(this.nationalities, "partner-nationalities", "partner.field.nationalities");
		this.nationalities.setHelperText(getTranslation("partner.field.nationalities.helper"));
		codes(this.exploitationForms, "partner-exploitation-forms", "partner.field.exploitation-forms",
				reference.active(ReferenceList.EXPLOITATION_FORMS));
		this.contactChannel.setId("partner-contact");
		this.contactChannel.setLabel(getTranslation("partner.field.contact"));
		DatePickers.inUserLanguage(this.agreementSignedOn).setId("partner-agreement-signed-on");
		this.agreementSignedOn.setLabel(getTranslation("partner.field.agreement-signed-on"));
		DatePickers.inUserLanguage(this.agreementExpiresOn).setId("partner-agreement-expires-on");
		this.agreementExpiresOn.setLabel(getTranslation("partner.field.agreement-expires-on"));
		field(this.agreementDocument, "partner-agreement-document", "partner.field.agreement-document");
		this.publicKeys.setId("partner-keys");
		this.publicKeys.setLabel(getTranslation("partner.field.keys"));
		this.publicKeys.setHelperText(getTranslation("partner.field.keys.helper"));
		this.problems.field("name", this.name)
			.field("type", this.type)
			.field("country", this.country)
			.field("area", this.area)
			.field("languages", this.languages)
			.field("services", this.services)
			.field("nationalities", this.nationalities)
			.field("exploitationForms", this.exploitationForms)
			.field("contactChannel", this.contactChannel)
			.field("agreementSignedOn", this.agreementSignedOn)
			.field("agreementExpiresOn", this.agreementExpiresOn)
			.field("agreementDocument", this.agreementDocument)
			.field("publicKeys", this.publicKeys);
		if (partner != null) {
			fill(partner, reference);
		}
		FormLayout form = new FormLayout(this.name, this.type, this.country, this.area, this.languages, this.services,
				this.genders, this.ageBands, this.nationalities, this.exploitationForms, this.contactChannel,
				this.agreementSignedOn, this.agreementExpiresOn, this.agreementDocument, this.publicKeys);
		form.setColspan(this.contactChannel, 2);
		form.setColspan(this.publicKeys, 2);
		add(form);
		Button save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-partner");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void fill(Partner partner, ReferenceData reference) {
		this.name.setValue(partner.name());
		this.type.setValue(partner.type());
		this.country.setValue(partner.country());
		this.area.setValue(partner.area());
		this.languages.setValue(String.join(", ", partner.languages()));
		this.services.setValue(items(reference, ReferenceList.SERVICE_TYPES, partner.services()));
		this.genders.setValue(partner.eligibility().genders());
		this.ageBands.setValue(partner.eligibility().ageBands());
		this.nationalities.setValue(String.join(", ", partner.eligibility().nationalities()));
		this.exploitationForms
			.setValue(items(reference, ReferenceList.EXPLOITATION_FORMS, partner.eligibility().exploitationForms()));
		this.contactChannel.setValue(partner.contactChannel());
		if (partner.agreement() != null) {
			this.agreementSignedOn.setValue(partner.agreement().signedOn());
			this.agreementExpiresOn.setValue(partner.agreement().expiresOn());
			this.agreementDocument.setValue(partner.agreement().documentReference());
		}
		this.publicKeys.setValue(partner.publicKeys() == null ? "" : partner.publicKeys());
	}

	private void save() {
		NewPartner entered = entered();
		try {
			if (this.partner == null) {
				this.directory.add(entered);
			}
			else {
				this.directory.change(this.partner.id(), this.partner.version(), entered);
			}
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("partner.conflict"));
		}
		Notifications.success(getTranslation("partner.saved"));
		close();
		this.afterSave.run();
	}

	private NewPartner entered() {
		boolean noAgreement = this.agreementSignedOn.isEmpty() && this.agreementExpiresOn.isEmpty()
				&& this.agreementDocument.isEmpty();
		return new NewPartner(this.name.getValue(), this.type.getValue(), this.country.getValue(), this.area.getValue(),
				split(this.languages.getValue(), false).stream().toList(),
				this.services.getValue().stream().map(ReferenceItem::code).collect(Collectors.toSet()),
				new Eligibility(this.genders.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(this.genders.getValue()),
						this.ageBands.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(this.ageBands.getValue()),
						split(this.nationalities.getValue(), true),
						this.exploitationForms.getValue()
							.stream()
							.map(ReferenceItem::code)
							.collect(Collectors.toSet())),
				this.contactChannel.getValue(),
				noAgreement ? null
						: new DataSharingAgreement(this.agreementSignedOn.getValue(),
								this.agreementExpiresOn.getValue(), this.agreementDocument.getValue()),
				this.publicKeys.getValue());
	}

	private static Set<String> split(String codes, boolean upper) {
		return Arrays.stream(codes.split("[,\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.map(code -> upper ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<ReferenceItem> items(ReferenceData reference, ReferenceList list, Set<String> codes) {
		return reference.all(list).stream().filter(item -> codes.contains(item.code())).collect(Collectors.toSet());
	}

	private void field(TextField field, String id, String label) {
		field.setId(id);
		field.setLabel(getTranslation(label));
	}

	private void codes(MultiSelectComboBox<ReferenceItem> box, String id, String label, List<ReferenceItem> items) {
		box.setId(id);
		box.setLabel(getTranslation(label));
		box.setItems(items);
		box.setItemLabelGenerator(item -> item.label(UserLocale.current()));
	}

}
