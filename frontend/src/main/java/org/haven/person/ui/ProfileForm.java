package org.haven.person.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.haven.person.Disability;
import org.haven.person.Gender;
import org.haven.person.MigrationStatus;
import org.haven.person.Profile;
import org.haven.person.VulnerabilityFactor;
import org.haven.ui.InputProblems;

/**
 * The coded profile. Every question may stay unanswered ("not asked yet"); "declined to
 * answer" and "unknown" are answers of their own.
 */
public class ProfileForm extends Composite<FormLayout> implements HasEnabled {

	final Select<Gender> gender = coded("person.gender", "gender", Gender.values());

	final IntegerField birthYear = new IntegerField();

	final ComboBox<String> nationality = new ComboBox<>();

	final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();

	final Select<Disability> disability = coded("person.disability", "disability", Disability.values());

	final Select<MigrationStatus> migrationStatus = coded("person.migration-status", "migration-status",
			MigrationStatus.values());

	final CheckboxGroup<VulnerabilityFactor> vulnerabilityFactors = new CheckboxGroup<>();

	public ProfileForm() {
		getContent().setId("profile-form");
		this.birthYear.setLabel(getTranslation("person.birth-year"));
		this.birthYear.setId("birth-year");
		this.birthYear.setHelperText(getTranslation("person.birth-year.help"));
		this.nationality.setLabel(getTranslation("person.nationality"));
		this.nationality.setId("nationality");
		this.nationality.setItems(nationalities());
		this.nationality.setItemLabelGenerator(code -> Labels.country(this, code));
		this.languages.setLabel(getTranslation("person.languages"));
		this.languages.setId("languages");
		this.languages.setItems(languageCodes());
		this.languages.setItemLabelGenerator(code -> Labels.language(this, code));
		this.vulnerabilityFactors.setLabel(getTranslation("person.vulnerability-factors"));
		this.vulnerabilityFactors.setId("vulnerability-factors");
		this.vulnerabilityFactors.setItems(VulnerabilityFactor.values());
		this.vulnerabilityFactors.setItemLabelGenerator(factor -> Labels.of(this, factor));
		this.vulnerabilityFactors.setHelperText(getTranslation("person.vulnerability-factors.help"));
		getContent().add(this.gender, this.birthYear, this.nationality, this.languages, this.disability,
				this.migrationStatus, this.vulnerabilityFactors);
		getContent().setColspan(this.vulnerabilityFactors, 2);
	}

	public Profile value() {
		Set<VulnerabilityFactor> factors = this.vulnerabilityFactors.getValue();
		return new Profile(this.gender.getValue(), this.birthYear.getValue(), null, this.nationality.getValue(),
				new ArrayList<>(this.languages.getValue()), this.disability.getValue(), this.migrationStatus.getValue(),
				factors.isEmpty() ? Set.of() : EnumSet.copyOf(factors));
	}

	public void setValue(Profile profile) {
		this.gender.setValue(profile.gender());
		this.birthYear.setValue(profile.birthYear());
		this.nationality.setValue(profile.nationality());
		this.languages.setValue(Set.copyOf(profile.languages()));
		this.disability.setValue(profile.disability());
		this.migrationStatus.setValue(profile.migrationStatus());
		this.vulnerabilityFactors.setValue(profile.vulnerabilityFactors());
	}

	/**
	 * The birth year follows from a date of birth, as Haven stores it; without a date it
	 * stays as answered.
	 */
	public void birthYearFrom(LocalDate dateOfBirth) {
		if (dateOfBirth != null) {
			this.birthYear.setValue(dateOfBirth.getYear());
		}
	}

	/** Runs the listener on every change the user makes, for saving as they go. */
	public void onChange(Runnable listener) {
		this.gender.addValueChangeListener(event -> listener.run());
		this.birthYear.addValueChangeListener(event -> listener.run());
		this.nationality.addValueChangeListener(event -> listener.run());
		this.languages.addValueChangeListener(event -> listener.run());
		this.disability.addValueChangeListener(event -> listener.run());
		this.migrationStatus.addValueChangeListener(event -> listener.run());
		this.vulnerabilityFactors.addValueChangeListener(event -> listener.run());
	}

	public InputProblems problems() {
		return new InputProblems(this).field("gender", this.gender)
			.field("birthYear", this.birthYear)
			.field("nationality", this.nationality)
			.field("languages", this.languages)
			.field("disability", this.disability)
			.field("migrationStatus", this.migrationStatus)
			.field("vulnerabilityFactors", this.vulnerabilityFactors);
	}

	private <E extends Enum<E>> Select<E> coded(String labelKey, String id, E[] values) {
		Select<E> select = new Select<>();
		select.setLabel(getTranslation(labelKey));
		select.setId(id);
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("person.not-asked"));
		select.setItemLabelGenerator(value -> Labels.of(this, value));
		return select;
	}

	private List<String> nationalities() {
		Collator collator = Collator.getInstance(getLocale());
		List<String> codes = new ArrayList<>(List.of("STATELESS", "UNKNOWN", "DECLINED"));
		codes.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
			.stream()
			.sorted(Comparator.comparing(code -> Labels.country(this, code), collator))
			.toList());
		return codes;
	}

	private List<String> languageCodes() {
		Collator collator = Collator.getInstance(getLocale());
		return List.of(Locale.getISOLanguages())
			.stream()
			.sorted(Comparator.comparing(code -> Labels.language(this, code), collator))
			.toList();
	}

}
