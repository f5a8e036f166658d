package org.haven.casefile.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.haven.casefile.Situation;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;

/**
 * The trafficking situation in the Protocol's terms: acts, means, purpose; control,
 * recruitment (online too), sectors; countries; when. Every question can be left for
 * later.
 */
class SituationForm extends Composite<FormLayout> {

	final AnswerField acts;

	final AnswerField means;

	final AnswerField exploitationForms;

	final AnswerField controlMeans;

	final AnswerField recruitmentChannels;

	final AnswerField sectors;

	final AnswerField countriesOfOrigin;

	final AnswerField countriesOfTransit;

	final AnswerField countriesOfExploitation;

	final AnswerField officialsInvolved;

	final DatePicker exploitationFrom = new DatePicker();

	final DatePicker exploitationTo = new DatePicker();

	SituationForm(ReferenceData reference) {
		getContent().setId("situation-form");
		this.acts = listed(reference, ReferenceList.ACTS, "acts");
		this.means = listed(reference, ReferenceList.MEANS, "means");
		this.exploitationForms = listed(reference, ReferenceList.EXPLOITATION_FORMS, "exploitation-forms");
		this.controlMeans = listed(reference, ReferenceList.CONTROL_MEANS, "control-means");
		this.recruitmentChannels = listed(reference, ReferenceList.RECRUITMENT_CHANNELS, "recruitment-channels");
		this.sectors = listed(reference, ReferenceList.SECTORS, "sectors");
		List<String> countries = Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing(CaseLabels::country))
			.toList();
		this.countriesOfOrigin = new AnswerField("countries-of-origin", getTranslation("case.countries-of-origin"),
				countries, CaseLabels::country, false);
		this.countriesOfTransit = new AnswerField("countries-of-transit", getTranslation("case.countries-of-transit"),
				countries, CaseLabels::country, false);
		this.countriesOfExploitation = new AnswerField("countries-of-exploitation",
				getTranslation("case.countries-of-exploitation"), countries, CaseLabels::country, false);
		this.officialsInvolved = new AnswerField("officials-involved", getTranslation("case.officials-involved"),
				List.of("YES", "NO"), code -> getTranslation("case.yes-no." + code.toLowerCase(Locale.ROOT)), true);
		DatePickers.inUserLanguage(this.exploitationFrom);
		DatePickers.inUserLanguage(this.exploitationTo);
		this.exploitationFrom.setLabel(getTranslation("case.exploitation-from"));
		this.exploitationFrom.setId("exploitation-from");
		this.exploitationFrom.setHelperText(getTranslation("case.date.approximate"));
		this.exploitationTo.setLabel(getTranslation("case.exploitation-to"));
		this.exploitationTo.setId("exploitation-to");
		this.exploitationTo.setHelperText(getTranslation("case.date.approximate"));
		getContent().add(this.acts, this.means, this.exploitationForms, this.controlMeans, this.recruitmentChannels,
				this.sectors, this.countriesOfOrigin, this.countriesOfTransit, this.countriesOfExploitation,
				this.exploitationFrom, this.exploitationTo, this.officialsInvolved);
	}

	private AnswerField listed(ReferenceData reference, ReferenceList list, String id) {
		List<String> codes = reference.active(list).stream().map(ReferenceItem::code).toList();
		return new AnswerField(id, getTranslation("case." + id), codes,
				code -> CaseLabels.reference(reference, list, code), false);
	}

	Situation value() {
		return new Situation(this.acts.getValue(), this.means.getValue(), this.exploitationForms.getValue(),
				this.controlMeans.getValue(), this.recruitmentChannels.getValue(), this.sectors.getValue(),
				this.countriesOfOrigin.getValue(), this.countriesOfTransit.getValue(),
				this.countriesOfExploitation.getValue(), this.exploitationFrom.getValue(),
				this.exploitationTo.getValue(), this.officialsInvolved.getValue());
	}

	void setValue(Situation situation) {
		this.acts.setValue(situation.acts());
		this.means.setValue(situation.means());
		this.exploitationForms.setValue(situation.exploitationForms());
		this.controlMeans.setValue(situation.controlMeans());
		this.recruitmentChannels.setValue(situation.recruitmentChannels());
		this.sectors.setValue(situation.sectors());
		this.countriesOfOrigin.setValue(situation.countriesOfOrigin());
		this.countriesOfTransit.setValue(situation.countriesOfTransit());
		this.countriesOfExploitation.setValue(situation.countriesOfExploitation());
		this.exploitationFrom.setValue(situation.exploitationFrom());
		this.exploitationTo.setValue(situation.exploitationTo());
		this.officialsInvolved.setValue(situation.officialsInvolved());
	}

	void onChange(Runnable listener) {
		answers().forEach(field -> field.onChange(listener));
		this.exploitationFrom.addValueChangeListener(event -> listener.run());
		this.exploitationTo.addValueChangeListener(event -> listener.run());
	}

	void setReadOnly(boolean readOnly) {
		answers().forEach(field -> field.setReadOnly(readOnly));
		this.exploitationFrom.setReadOnly(readOnly);
		this.exploitationTo.setReadOnly(readOnly);
	}

	InputProblems problems() {
		return new InputProblems(this).field("acts", this.acts)
			.field("means", this.means)
			.field("exploitationForms", this.exploitationForms)
			.field("controlMeans", this.controlMeans)
			.field("recruitmentChannels", this.recruitmentChannels)
			.field("sectors", this.sectors)
			.field("countriesOfOrigin", this.countriesOfOrigin)
			.field("countriesOfTransit", this.countriesOfTransit)
			.field("countriesOfExploitation", this.countriesOfExploitation)
			.field("exploitationFrom", this.exploitationFrom)
			.field("exploitationTo", this.exploitationTo)
			.field("officialsInvolved", this.officialsInvolved);
	}

	private List<AnswerField> answers() {
		return List.of(this.acts, this.means, this.exploitationForms, this.controlMeans, this.recruitmentChannels,
				this.sectors, this.countriesOfOrigin, this.countriesOfTransit, this.countriesOfExploitation,
				this.officialsInvolved);
	}

}
