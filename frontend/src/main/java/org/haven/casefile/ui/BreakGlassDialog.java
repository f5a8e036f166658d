package org.haven.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseService;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.ui.InputProblems;

/**
 * Opens a case not assigned to the caseworker, for an hour, after they say why. They are
 * told first that the opening is recorded and that supervisors see it.
 */
class BreakGlassDialog extends Dialog {

	final TextField code = new TextField();

	final Select<BreakGlassReason> reason = new Select<>();

	final TextArea explanation = new TextArea();

	final Button open = new Button();

	final Button cancel = new Button();

	private final CaseService service;

	private final InputProblems problems;

	BreakGlassDialog(CaseService service) {
		this.service = service;
		setId("break-glass-dialog");
		setHeaderTitle(getTranslation("break-glass.title"));
		Paragraph warning = new Paragraph(getTranslation("break-glass.warning"));
		warning.setId("break-glass-warning");
		this.code.setId("break-glass-code");
		this.code.setLabel(getTranslation("break-glass.code"));
		this.code.setRequiredIndicatorVisible(true);
		this.reason.setId("break-glass-reason");
		this.reason.setLabel(getTranslation("break-glass.reason"));
		this.reason.setItems(BreakGlassReason.values());
		this.reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		this.reason.setRequiredIndicatorVisible(true);
		this.explanation.setId("break-glass-explanation");
		this.explanation.setLabel(getTranslation("break-glass.explanation"));
		this.explanation.setHelperText(getTranslation("break-glass.explanation.help"));
		this.explanation.setMaxLength(500);
		this.explanation.setWidthFull();
		this.open.setId("break-glass-open");
		this.open.setText(getTranslation("break-glass.open"));
		this.open.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		this.open.addClickListener(click -> openCase());
		this.cancel.setText(getTranslation("break-glass.cancel"));
		this.cancel.addClickListener(click -> close());
		this.problems = new InputProblems(this).field("code", this.code)
			.field("reason", this.reason)
			.field("explanation", this.explanation);
		add(new VerticalLayout(warning, this.code, this.reason, this.explanation));
		getFooter().add(this.cancel, this.open);
	}

	void openCase() {
		this.problems.clear();
		CaseCode caseCode = CaseCode.parse(this.code.getValue()).orElse(null);
		if (caseCode == null) {
			this.code.setErrorMessage(getTranslation("case.search.code-format"));
			this.code.setInvalid(true);
			return;
		}
		try {
			this.service.breakGlass(caseCode, this.reason.getValue(), this.explanation.getValue());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(message -> {
				this.code.setErrorMessage(message);
				this.code.setInvalid(true);
			});
			return;
		}
		catch (NotFoundException missing) {
			this.code.setErrorMessage(getTranslation("break-glass.no-such-case"));
			this.code.setInvalid(true);
			return;
		}
		CaseNavigation.toCase(caseCode);
		close();
	}

}
