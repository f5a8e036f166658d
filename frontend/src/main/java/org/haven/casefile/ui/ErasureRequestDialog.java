package org.haven.casefile.ui;

import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.person.ErasureReason;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * Asks a supervisor to erase the person's identity. Says what erasure does before anyone
 * asks: irreversible, identity and notes gone everywhere, the profile kept for
 * statistics; and that someone else decides. Needs a coded reason.
 */
class ErasureRequestDialog extends Dialog {

	final Select<ErasureReason> reason = new Select<>();

	final Button send = new Button();

	ErasureRequestDialog(CaseService service, CaseDetails details, Consumer<CaseDetails> asked) {
		setId("erasure-dialog");
		setHeaderTitle(getTranslation("case.erasure.title", details.code().value()));
		Paragraph warning = new Paragraph(getTranslation("case.erasure.warning"));
		warning.setId("erasure-warning");
		this.reason.setId("erasure-reason");
		this.reason.setLabel(getTranslation("case.erasure.reason"));
		this.reason
			.setItems(EnumSet.allOf(ErasureReason.class).stream().filter(ErasureReason::givenByCaseworkers).toList());
		this.reason.setItemLabelGenerator(value -> CaseLabels.of(this, value));
		this.reason.setRequiredIndicatorVisible(true);
		this.send.setId("send-erasure-request");
		this.send.setText(getTranslation("case.erasure.send"));
		this.send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		InputProblems problems = new InputProblems(this).field("reason", this.reason);
		this.send.addClickListener(click -> {
			problems.clear();
			try {
				asked.accept(service.requestErasure(details.code(), this.reason.getValue()));
			}
			catch (InvalidInputException refused) {
				problems.show(refused).forEach(Notifications::error);
				return;
			}
			close();
			Notifications.success(getTranslation("case.erasure.sent"));
		});
		add(warning, this.reason);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.send);
	}

}
