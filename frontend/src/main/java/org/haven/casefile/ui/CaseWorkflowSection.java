package org.haven.casefile.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.ClosureState;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.UserLocale;

/**
 * Where the case stands and where it goes next: the steps it may advance to, a closure
 * asked for (and decided by a supervisor) or a reopening, and the next follow-up. While a
 * closure waits, the case does not advance; a closed or break-glass case offers no
 * change.
 */
class CaseWorkflowSection extends CaseSection {

	private final Paragraph closureNotice = new Paragraph();

	private final HorizontalLayout steps = new HorizontalLayout();

	private final Button requestClosure = new Button();

	private final Button reopen = new Button();

	private final DatePicker followUp = new DatePicker();

	private final Button saveFollowUp = new Button();

	private final CaseService service;

	private final CaseEditing editing;

	CaseWorkflowSection(CaseService service, CaseEditing editing) {
		this.service = service;
		this.editing = editing;
		this.closureNotice.setId("closure-notice");
		this.steps.setId("status-steps");
		this.requestClosure.setId("request-closure");
		this.requestClosure.setText(getTranslation("case.closure.request"));
		this.requestClosure.addClickListener(click -> askForClosure());
		this.reopen.setId("reopen");
		this.reopen.setText(getTranslation("case.reopen"));
		this.reopen.addClickListener(click -> askToReopen());
		DatePickers.inUserLanguage(this.followUp);
		this.followUp.setId("next-follow-up");
		this.followUp.setLabel(getTranslation("case.next-follow-up"));
		this.saveFollowUp.setId("save-follow-up");
		this.saveFollowUp.setText(getTranslation("case.save"));
		this.saveFollowUp
			.addClickListener(click -> editing.save(new InputProblems(this).field("nextFollowUpOn", this.followUp),
					CaseDetails.Part.FOLLOW_UP,
					latest -> service.scheduleFollowUp(latest.code(), latest.version(), this.followUp.getValue())));
		HorizontalLayout followUpRow = new HorizontalLayout(this.followUp, this.saveFollowUp);
		followUpRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(new H2(getTranslation("case.workflow")), this.closureNotice,
				new HorizontalLayout(this.steps, this.requestClosure, this.reopen), followUpRow);
	}

	@Override
	protected void show(CaseDetails current) {
		this.followUp.setValue(current.nextFollowUpOn());
		saved(current);
	}

	@Override
	protected void saved(CaseDetails current) {
		boolean closed = current.status() == CaseStatus.CLOSED;
		boolean pending = current.closure().pending();
		boolean readOnly = current.readOnly();
		this.steps.removeAll();
		this.steps.setVisible(!readOnly);
		for (CaseStatus next : current.status().next()) {
			Button step = new Button(getTranslation("case.advance", CaseLabels.of(this, next)));
			step.setId("advance-" + CaseLabels.kebab(next.name()));
			step.setEnabled(!pending);
			step.addClickListener(click -> this.editing.save(new InputProblems(this), CaseDetails.Part.STATUS,
					latest -> this.service.advance(latest.code(), latest.version(), next)));
			this.steps.add(step);
		}
		this.requestClosure.setVisible(!closed && !readOnly);
		this.requestClosure.setEnabled(!pending);
		this.reopen.setVisible(closed && !readOnly);
		this.saveFollowUp.setEnabled(!closed);
		this.saveFollowUp.setVisible(!readOnly);
		this.followUp.setReadOnly(closed || readOnly);
		this.closureNotice.setText(closureNotice(current));
		this.closureNotice.setVisible(!this.closureNotice.getText().isEmpty());
	}

	private String closureNotice(CaseDetails current) {
		ClosureState closure = current.closure();
		if (closure.pending()) {
			return getTranslation("case.closure.pending", CaseLabels.of(this, closure.requestedOutcome()));
		}
		if (current.status() == CaseStatus.CLOSED) {
			return getTranslation("case.closure.closed", UserLocale.dateTime(closure.closedAt()),
					CaseLabels.of(this, closure.requestedOutcome()));
		}
		if (closure.returnedFor() != null) {
			return getTranslation("case.closure.returned", CaseLabels.of(this, closure.returnedFor()));
		}
		return "";
	}

	private void askForClosure() {
		Select<Closure.Outcome> outcome = choice("closure-outcome", "case.closure.outcome", Closure.Outcome.values());
		Dialog dialog = dialog("closure-dialog", "case.closure.request", "send-closure-request", "case.closure.send",
				() -> this.editing.save(new InputProblems(this).field("outcome", outcome), CaseDetails.Part.CLOSURE,
						latest -> this.service.requestClosure(latest.code(), latest.version(), outcome.getValue())),
				new Paragraph(getTranslation("case.closure.explained")), outcome);
		dialog.open();
	}

	private void askToReopen() {
		Select<Closure.ReopenReason> reason = choice("reopen-reason", "case.reopen.reason",
				Closure.ReopenReason.values());
		Dialog dialog = dialog("reopen-dialog", "case.reopen", "confirm-reopen", "case.reopen",
				() -> this.editing.save(new InputProblems(this).field("reason", reason), CaseDetails.Part.STATUS,
						latest -> this.service.reopen(latest.code(), latest.version(), reason.getValue())),
				reason);
		dialog.open();
	}

	@SafeVarargs
	private <T extends Enum<T>> Select<T> choice(String id, String labelKey, T... items) {
		Select<T> choice = new Select<>();
		choice.setId(id);
		choice.setLabel(getTranslation(labelKey));
		choice.setItems(items);
		choice.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		return choice;
	}

	/** A dialog whose confirming button closes it once the change is saved. */
	private Dialog dialog(String id, String titleKey, String confirmId, String confirmKey, BooleanSupplier saved,
			Component... content) {
		Dialog dialog = new Dialog();
		dialog.setId(id);
		dialog.setHeaderTitle(getTranslation(titleKey));
		Button confirm = new Button(getTranslation(confirmKey));
		confirm.setId(confirmId);
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.addClickListener(click -> {
			if (saved.getAsBoolean()) {
				dialog.close();
			}
		});
		dialog.add(content);
		dialog.getFooter().add(new Button(getTranslation("case.cancel"), click -> dialog.close()), confirm);
		return dialog;
	}

}
