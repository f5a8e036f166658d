package org.haven.casefile.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.casefile.ClosureConcern;
import org.haven.ui.InputProblems;

/**
 * Approves a flagged closure request for a coded reason, after saying what it is flagged
 * for; the reason is recorded with the case and in the audit trail.
 */
class ApproveDespiteConcernsDialog extends Dialog {

	private final Select<Closure.ConcernsOverridden> reason = new Select<>();

	ApproveDespiteConcernsDialog(CaseSupervision supervision, CaseOverview overview, List<ClosureConcern> concerns,
			SupervisorCasesView view) {
		setId("approve-despite-concerns");
		setHeaderTitle(getTranslation("supervision.approve.title", overview.code().value()));
		Paragraph flagged = new Paragraph(getTranslation("supervision.approve.despite.text", of(concerns)));
		flagged.setId("closure-concerns");
		this.reason.setId("approve-despite-reason");
		this.reason.setLabel(getTranslation("supervision.approve.despite.reason"));
		this.reason.setItems(EnumSet.allOf(Closure.ConcernsOverridden.class));
		this.reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		this.reason.setRequiredIndicatorVisible(true);
		add(flagged, this.reason);
		InputProblems problems = new InputProblems(this).field("reason", this.reason);
		Button approve = new Button(getTranslation("supervision.approve.despite"),
				click -> view.decide(this, problems, () -> supervision.approveClosureDespiteConcerns(overview.code(),
						overview.version(), this.reason.getValue()), "supervision.closure-approved"));
		approve.setId("approve-despite-save");
		approve.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), approve);
	}

	private String of(List<ClosureConcern> concerns) {
		return concerns.stream().map(concern -> CaseLabels.of(this, concern)).collect(Collectors.joining("; "));
	}

}
