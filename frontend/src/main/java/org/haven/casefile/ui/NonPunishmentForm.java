package org.haven.casefile.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.NonPunishment;
import org.haven.ui.InputProblems;

/**
 * The non-punishment record: offences the person was compelled to commit, proceedings
 * against them, legal support given, and the outcome.
 */
class NonPunishmentForm extends Composite<FormLayout> {

	final AnswerField compelledOffences;

	final AnswerField proceedings;

	final AnswerField legalSupport;

	final Select<NonPunishment.Outcome> outcome = new Select<>();

	NonPunishmentForm() {
		getContent().setId("non-punishment-form");
		this.compelledOffences = new AnswerField("compelled-offences", getTranslation("case.compelled-offences"),
				Arrays.stream(NonPunishment.Offence.values()).map(Enum::name).toList(),
				code -> CaseLabels.of(this, NonPunishment.Offence.valueOf(code)), false);
		this.proceedings = new AnswerField("proceedings", getTranslation("case.proceedings"),
				Arrays.stream(NonPunishment.Proceeding.values()).map(Enum::name).toList(),
				code -> CaseLabels.of(this, NonPunishment.Proceeding.valueOf(code)), false);
		this.legalSupport = new AnswerField("legal-support", getTranslation("case.legal-support"),
				Arrays.stream(NonPunishment.LegalSupport.values()).map(Enum::name).toList(),
				code -> CaseLabels.of(this, NonPunishment.LegalSupport.valueOf(code)), false);
		this.outcome.setLabel(getTranslation("case.non-punishment-outcome"));
		this.outcome.setId("non-punishment-outcome");
		this.outcome.setItems(NonPunishment.Outcome.values());
		this.outcome.setEmptySelectionAllowed(true);
		this.outcome.setEmptySelectionCaption(getTranslation("case.none"));
		this.outcome.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		getContent().add(this.compelledOffences, this.proceedings, this.legalSupport, this.outcome);
	}

	NonPunishment value() {
		return new NonPunishment(this.compelledOffences.getValue(), this.proceedings.getValue(),
				this.legalSupport.getValue(), this.outcome.getValue());
	}

	void setValue(NonPunishment record) {
		this.compelledOffences.setValue(record.compelledOffences());
		this.proceedings.setValue(record.proceedings());
		this.legalSupport.setValue(record.legalSupport());
		this.outcome.setValue(record.outcome());
	}

	void onChange(Runnable listener) {
		this.compelledOffences.onChange(listener);
		this.proceedings.onChange(listener);
		this.legalSupport.onChange(listener);
		this.outcome.addValueChangeListener(event -> listener.run());
	}

	void setReadOnly(boolean readOnly) {
		this.compelledOffences.setReadOnly(readOnly);
		this.proceedings.setReadOnly(readOnly);
		this.legalSupport.setReadOnly(readOnly);
		this.outcome.setReadOnly(readOnly);
	}

	InputProblems problems() {
		return new InputProblems(this).field("compelledOffences", this.compelledOffences)
			.field("proceedings", this.proceedings)
			.field("legalSupport", this.legalSupport)
			.field("outcome", this.outcome);
	}

}
