package org.haven.casefile.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.ui.InputProblems;

/** Sends a closure request back to the caseworkers, with the reason they will see. */
class ReturnClosureDialog extends Dialog {

	final Select<Closure.ReturnReason> reason = new Select<>();

	final Button save = new Button();

	ReturnClosureDialog(CaseSupervision supervision, CaseOverview overview, SupervisorCasesView view) {
		setId("return-form");
		setHeaderTitle(getTranslation("supervision.return.title", overview.code().value()));
		Paragraph requested = new Paragraph(getTranslation("supervision.closure.requested",
				CaseLabels.of(this, overview.closure().requestedOutcome())));
		this.reason.setLabel(getTranslation("supervision.return.reason"));
		this.reason.setItems(EnumSet.allOf(Closure.ReturnReason.class));
		this.reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		this.reason.setRequiredIndicatorVisible(true);
		add(requested, this.reason);

		InputProblems problems = new InputProblems(this).field("reason", this.reason);
		this.save.setText(getTranslation("supervision.return"));
		this.save.setId("return-save");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> view.decide(this, problems,
				() -> supervision.returnClosure(overview.code(), overview.version(), this.reason.getValue()),
				"supervision.closure-returned"));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
