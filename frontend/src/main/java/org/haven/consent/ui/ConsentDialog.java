package org.haven.consent.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.casefile.CaseCode;
import org.haven.consent.ChildAssent;
import org.haven.consent.ConsentGiver;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentMethod;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecord;
import org.haven.consent.InformedOf;
import org.haven.consent.LegalBasis;
import org.haven.consent.NewConsent;
import org.haven.consent.PartnerScope;
import org.haven.consent.SharingPartner;
import org.haven.person.ui.Labels;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * Records consent for a purpose, or a new version of it: who gave it and how, the notice
 * read and in which language, what the person was told, from when and until when; or a
 * legal basis other than consent, which needs none of that. Refused answers stay in the
 * dialog next to their fields.
 */
class ConsentDialog extends Dialog {

	private final Select<ConsentPurpose> purpose = new Select<>();

	private final Select<SharingPartner> scope = new Select<>();

	private final Select<LegalBasis> legalBasis = new Select<>();

	private final Select<ConsentGiver> givenBy = new Select<>();

	private final Select<ChildAssent> childAssent = new Select<>();

	private final Select<ConsentMethod> method = new Select<>();

	private final TextField noticeVersion = new TextField();

	private final ComboBox<String> noticeLanguage = new ComboBox<>();

	private final Checkbox interpreterUsed = new Checkbox();

	private final CheckboxGroup<InformedOf> informedOf = new CheckboxGroup<>();

	private final DatePicker givenOn = new DatePicker();

	private final DatePicker expiresOn = new DatePicker();

	private final Button save = new Button();

	private final ConsentLedger ledger;

	private final CaseCode code;

	private final int expectedVersion;

	private final Runnable afterSave;

	private final InputProblems problems;

	ConsentDialog(ConsentLedger ledger, CaseCode code, Optional<ConsentRecord> renewing, Runnable afterSave) {
		this.ledger = ledger;
		this.code = code;
		this.expectedVersion = renewing.map(ConsentRecord::version).orElse(0);
		this.afterSave = afterSave;
		setId("consent-dialog");
		setHeaderTitle(renewing.map(entry -> getTranslation("consent.dialog.renew-title", label(entry.purpose())))
			.orElse(getTranslation("consent.dialog.title")));

		choice(this.purpose, "purpose", "consent.field.purpose", ConsentPurpose.values());
		List<SharingPartner> partners = ledger.partnersToShareWith();
		this.scope.setId("consent-scope");
		this.scope.setLabel(getTranslation("consent.field.scope"));
		this.scope.setHelperText(getTranslation("consent.field.scope.helper"));
		this.scope.setItems(partners);
		this.scope.setItemLabelGenerator(SharingPartner::name);
		choice(this.legalBasis, "legal-basis", "consent.field.legal-basis", LegalBasis.values());
		choice(this.givenBy, "given-by", "consent.field.given-by", ConsentGiver.values());
		choice(this.childAssent, "child-assent", "consent.field.child-assent",
				Arrays.stream(ChildAssent.values())
					.filter(value -> value != ChildAssent.NOT_RECORDED)
					.toArray(ChildAssent[]::new));
		choice(this.method, "method", "consent.field.method", ConsentMethod.values());
		this.noticeVersion.setId("consent-notice-version");
		this.noticeVersion.setLabel(getTranslation("consent.field.notice-version"));
		this.noticeLanguage.setId("consent-notice-language");
		this.noticeLanguage.setLabel(getTranslation("consent.field.notice-language"));
		this.noticeLanguage.setItems(languages());
		this.noticeLanguage.setItemLabelGenerator(tag -> Locale.of(tag).getDisplayLanguage(UserLocale.current()));
		this.interpreterUsed.setId("consent-interpreter");
		this.interpreterUsed.setLabel(getTranslation("consent.field.interpreter"));
		this.informedOf.setId("consent-informed-of");
		this.informedOf.setLabel(getTranslation("consent.field.informed-of"));
		this.informedOf.setItems(InformedOf.values());
		this.informedOf.setItemLabelGenerator(this::label);
		DatePickers.inUserLanguage(this.givenOn).setId("consent-given-on");
		this.givenOn.setLabel(getTranslation("consent.field.given-on"));
		DatePickers.inUserLanguage(this.expiresOn).setId("consent-expires-on");
		this.expiresOn.setLabel(getTranslation("consent.field.expires-on"));

		this.purpose.addValueChangeListener(change -> followPurpose());
		this.legalBasis.addValueChangeListener(change -> followLegalBasis());
		this.legalBasis.setValue(LegalBasis.CONSENT);
		this.childAssent.setValue(ChildAssent.NOT_A_CHILD);
		this.noticeLanguage.setValue(UserLocale.current().getLanguage());
		this.givenOn.setValue(UserLocale.today());
		renewing.ifPresent(entry -> {
			this.purpose.setValue(entry.purpose());
			this.purpose.setReadOnly(true);
			partners.stream()
				.filter(partner -> PartnerScope.of(partner.id()).equals(entry.scope()))
				.findFirst()
				.ifPresent(partner -> {
					this.scope.setValue(partner);
					this.scope.setReadOnly(true);
				});
		});
		followPurpose();

		this.problems = new InputProblems(this).field("purpose", this.purpose)
			.field("scope", this.scope)
			.field("legalBasis", this.legalBasis)
			.field("givenBy", this.givenBy)
			.field("childAssent", this.childAssent)
			.field("method", this.method)
			.field("noticeVersion", this.noticeVersion)
			.field("noticeLanguage", this.noticeLanguage)
			.field("informedOf", this.informedOf)
			.field("givenOn", this.givenOn)
			.field("expiresOn", this.expiresOn);
		FormLayout form = new FormLayout(this.purpose, this.scope, this.legalBasis, this.givenBy, this.childAssent,
				this.method, this.noticeVersion, this.noticeLanguage, this.interpreterUsed, this.givenOn,
				this.expiresOn, this.informedOf);
		form.setColspan(this.informedOf, 2);
		add(form);

		this.save.setId("save-consent");
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> save());
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private <T extends Enum<T>> void choice(Select<T> select, String id, String labelKey, T[] values) {
		select.setId("consent-" + id);
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setItemLabelGenerator(this::label);
	}

	private void followPurpose() {
		this.scope.setVisible(this.purpose.getValue() != null && this.purpose.getValue().scoped());
	}

	/** Who gave it, how and what they were told matter only for consent itself. */
	private void followLegalBasis() {
		boolean consent = this.legalBasis.getValue() == LegalBasis.CONSENT;
		List<Component> onlyForConsent = List.of(this.givenBy, this.childAssent, this.method, this.noticeVersion,
				this.noticeLanguage, this.interpreterUsed, this.informedOf);
		onlyForConsent.forEach(field -> field.setVisible(consent));
	}

	private void save() {
		try {
			this.ledger.record(this.code, this.expectedVersion,
					new NewConsent(this.purpose.getValue(), scope(), this.legalBasis.getValue(),
							this.givenBy.getValue(), this.childAssent.getValue(), this.method.getValue(),
							this.noticeVersion.getValue(), this.noticeLanguage.getValue(),
							this.interpreterUsed.getValue(), this.informedOf.getValue(), this.givenOn.getValue(),
							this.expiresOn.getValue()));
			Notifications.success(getTranslation("consent.recorded"));
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

	/** What the consent covers: for sharing, the chosen partner by its id. */
	private String scope() {
		SharingPartner partner = this.scope.getValue();
		return partner == null ? "" : PartnerScope.of(partner.id());
	}

	/** Every language by its ISO 639 code, sorted by its name in the user's language. */
	private static List<String> languages() {
		Locale user = UserLocale.current();
		return Arrays.stream(Locale.getISOLanguages())
			.filter(tag -> !Locale.of(tag).getDisplayLanguage(user).equals(tag))
			.sorted(Comparator.comparing(tag -> Locale.of(tag).getDisplayLanguage(user)))
			.toList();
	}

	private String label(Enum<?> value) {
		return getTranslation(Labels.keyOf(value));
	}

}
