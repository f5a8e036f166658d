package org.haven.casefile.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.ErasureRequestRecord;
import org.haven.casefile.RetentionKeepReason;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * Keeps a case whose retention period ended instead of erasing the person: a coded reason
 * (never free text) and the day until which it is kept; Haven asks again after it. A
 * refused choice is marked on its field and nothing is kept.
 */
class KeepCaseDialog extends Dialog {

	private final Select<RetentionKeepReason> reason = new Select<>();

	private final DatePicker keepUntil = new DatePicker();

	private final Button save = new Button();

	KeepCaseDialog(CaseSupervision supervision, ErasureRequestRecord request, Runnable decided) {
		setId("keep-case");
		setHeaderTitle(getTranslation("supervision.retention.keep.title", request.code().value()));
		this.reason.setId("keep-reason");
		this.reason.setLabel(getTranslation("supervision.retention.keep-reason"));
		this.reason.setItems(EnumSet.allOf(RetentionKeepReason.class));
		this.reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		this.reason.setRequiredIndicatorVisible(true);
		this.keepUntil.setId("keep-until");
		this.keepUntil.setLabel(getTranslation("supervision.retention.keep-until"));
		this.keepUntil.setRequiredIndicatorVisible(true);
		DatePickers.inUserLanguage(this.keepUntil);
		InputProblems problems = new InputProblems(this).field("reason", this.reason)
			.field("keepUntil", this.keepUntil);
		this.save.setId("keep-save");
		this.save.setText(getTranslation("supervision.retention.keep"));
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> {
			problems.clear();
			try {
				supervision.keepPastRetention(request.id(), this.reason.getValue(), this.keepUntil.getValue());
				Notifications.success(getTranslation("supervision.retention.kept"));
			}
			catch (InvalidInputException refused) {
				problems.show(refused).forEach(Notifications::error);
				return;
			}
			catch (ConflictException | NotFoundException gone) {
				Notifications.error(getTranslation("supervision.not-found"));
			}
			close();
			decided.run();
		});
		add(new Paragraph(getTranslation("supervision.retention.keep.text")), this.reason, this.keepUntil);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
