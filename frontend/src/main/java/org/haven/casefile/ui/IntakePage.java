package org.haven.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.haven.casefile.IntakeStep;

/** One step's page of the intake wizard, titled with the step's name. */
class IntakePage extends Div {

	IntakePage(IntakeStep step, Component... content) {
		add(new H2(CaseLabels.of(this, step)));
		add(content);
		setId("intake-page-" + CaseLabels.kebab(step.name()));
		addClassName("haven-intake-page");
	}

}
