package org.haven.casefile.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.Needs;
import org.haven.ui.InputProblems;

/** What the person needs now, and how safe they are. */
class NeedsForm extends Composite<FormLayout> {

	final AnswerField immediateNeeds;

	final Select<Needs.SafetyRisk> safety = new Select<>();

	NeedsForm() {
		getContent().setId("needs-form");
		this.immediateNeeds = new AnswerField("immediate-needs", getTranslation("case.immediate-needs"),
				Arrays.stream(Needs.Need.values()).map(Enum::name).toList(),
				code -> CaseLabels.of(this, Needs.Need.valueOf(code)), false);
		this.safety.setLabel(getTranslation("case.safety"));
		this.safety.setId("safety");
		this.safety.setItems(Needs.SafetyRisk.values());
		this.safety.setItemLabelGenerator(risk -> CaseLabels.of(this, risk));
		this.safety.setValue(Needs.SafetyRisk.NOT_ASSESSED);
		getContent().add(this.immediateNeeds, this.safety);
	}

	Needs value() {
		return new Needs(this.immediateNeeds.getValue(), this.safety.getValue());
	}

	void setValue(Needs needs) {
		this.immediateNeeds.setValue(needs.immediateNeeds());
		this.safety.setValue(needs.safety());
	}

	void onChange(Runnable listener) {
		this.immediateNeeds.onChange(listener);
		this.safety.addValueChangeListener(event -> listener.run());
	}

	void setReadOnly(boolean readOnly) {
		this.immediateNeeds.setReadOnly(readOnly);
		this.safety.setReadOnly(readOnly);
	}

	InputProblems problems() {
		return new InputProblems(this).field("immediateNeeds", this.immediateNeeds).field("safety", this.safety);
	}

}
