package org.haven.person.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.person.DocumentType;
import org.haven.person.Identity;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;

/**
 * The identity fields, every one optional. Lists are entered one per line; addresses are
 * separated by an empty line.
 */
public class IdentityForm extends Composite<FormLayout> implements HasEnabled {

	final TextField givenNames = new TextField();

	final TextField familyNames = new TextField();

	final TextArea aliases = new TextArea();

	final DatePicker dateOfBirth = new DatePicker();

	final TextArea phoneNumbers = new TextArea();

	final TextField email = new TextField();

	final TextArea addresses = new TextArea();

	final Select<DocumentType> documentType = new Select<>();

	final TextField documentNumber = new TextField();

	final TextArea identifyingRemarks = new TextArea();

	public IdentityForm() {
		getContent().setId("identity-form");
		label(this.givenNames, "person.given-names", "given-names");
		label(this.familyNames, "person.family-names", "family-names");
		label(this.aliases, "person.aliases", "aliases");
		this.aliases.setHelperText(getTranslation("person.one-per-line"));
		label(this.dateOfBirth, "person.date-of-birth", "date-of-birth");
		DatePickers.inUserLanguage(this.dateOfBirth);
		label(this.phoneNumbers, "person.phone-numbers", "phone-numbers");
		this.phoneNumbers.setHelperText(getTranslation("person.phone-numbers.help"));
		label(this.email, "person.email", "email");
		label(this.addresses, "person.addresses", "addresses");
		this.addresses.setHelperText(getTranslation("person.addresses.help"));
		label(this.documentType, "person.document-type", "document-type");
		this.documentType.setItems(DocumentType.values());
		this.documentType.setEmptySelectionAllowed(true);
		this.documentType.setEmptySelectionCaption(getTranslation("person.none"));
		this.documentType
			.setItemLabelGenerator(type -> type == null ? getTranslation("person.none") : Labels.of(this, type));
		label(this.documentNumber, "person.document-number", "document-number");
		label(this.identifyingRemarks, "person.identifying-remarks", "identifying-remarks");
		this.identifyingRemarks.setHelperText(getTranslation("person.identifying-remarks.help"));
		getContent().add(this.givenNames, this.familyNames, this.aliases, this.dateOfBirth, this.phoneNumbers,
				this.email, this.addresses, this.documentType, this.documentNumber, this.identifyingRemarks);
	}

	public Identity value() {
		return new Identity(this.givenNames.getValue(), this.familyNames.getValue(), lines(this.aliases.getValue()),
				this.dateOfBirth.getValue(), lines(this.phoneNumbers.getValue()), this.email.getValue(),
				blocks(this.addresses.getValue()), this.documentType.getValue(), this.documentNumber.getValue(),
				this.identifyingRemarks.getValue());
	}

	public void setValue(Identity identity) {
		this.givenNames.setValue(orEmpty(identity.givenNames()));
		this.familyNames.setValue(orEmpty(identity.familyNames()));
		this.aliases.setValue(String.join("\n", identity.aliases()));
		this.dateOfBirth.setValue(identity.dateOfBirth());
		this.phoneNumbers.setValue(String.join("\n", identity.phoneNumbers()));
		this.email.setValue(orEmpty(identity.email()));
		this.addresses.setValue(String.join("\n\n", identity.addresses()));
		this.documentType.setValue(identity.documentType());
		this.documentNumber.setValue(orEmpty(identity.documentNumber()));
		this.identifyingRemarks.setValue(orEmpty(identity.identifyingRemarks()));
	}

	/** Clears every field, so that nothing identifying stays in the page. */
	public void clear() {
		setValue(Identity.empty());
	}

	/** Runs the listener on every change the user makes, for saving as they go. */
	public void onChange(Runnable listener) {
		this.givenNames.addValueChangeListener(event -> listener.run());
		this.familyNames.addValueChangeListener(event -> listener.run());
		this.aliases.addValueChangeListener(event -> listener.run());
		this.dateOfBirth.addValueChangeListener(event -> listener.run());
		this.phoneNumbers.addValueChangeListener(event -> listener.run());
		this.email.addValueChangeListener(event -> listener.run());
		this.addresses.addValueChangeListener(event -> listener.run());
		this.documentType.addValueChangeListener(event -> listener.run());
		this.documentNumber.addValueChangeListener(event -> listener.run());
		this.identifyingRemarks.addValueChangeListener(event -> listener.run());
	}

	/** Runs the listener when the user changes the date of birth. */
	public void onDateOfBirthChange(Consumer<LocalDate> listener) {
		this.dateOfBirth.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				listener.accept(event.getValue());
			}
		});
	}

	public InputProblems problems() {
		return new InputProblems(this).field("givenNames", this.givenNames)
			.field("familyNames", this.familyNames)
			.field("aliases", this.aliases)
			.field("dateOfBirth", this.dateOfBirth)
			.field("phoneNumbers", this.phoneNumbers)
			.field("email", this.email)
			.field("addresses", this.addresses)
			.field("documentType", this.documentType)
			.field("documentNumber", this.documentNumber)
			.field("identifyingRemarks", this.identifyingRemarks);
	}

	public boolean hasDateTheUserCouldNotEnter() {
		return this.dateOfBirth.isInvalid() && this.dateOfBirth.getValue() == null;
	}

	private void label(HasLabel field, String key, String id) {
		field.setLabel(getTranslation(key));
		((Component) field).setId(id);
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	static List<String> blocks(String text) {
		return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(block -> !block.isEmpty()).toList();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
