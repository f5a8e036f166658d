package org.haven.assistance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseService;
import org.haven.casefile.Closure;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * An after-care check found a risk: the caseworker may reopen the case for it at once.
 */
class ReopenForRiskDialog extends Dialog {

	ReopenForRiskDialog(CaseService cases, CaseCode code, Runnable afterReopen) {
		setId("reopen-for-risk-dialog");
		setHeaderTitle(getTranslation("after-care.risk.title"));
		add(new Paragraph(getTranslation("after-care.risk.text")));
		Button reopen = new Button(getTranslation("after-care.risk.reopen"), click -> {
			try {
				cases.reopen(code, cases.open(code).version(), Closure.ReopenReason.RISK_OF_RE_TRAFFICKING);
				Notifications.success(getTranslation("after-care.reopened"));
			}
			catch (InvalidInputException refused) {
				InputProblems problems = new InputProblems(this);
				refused.problems().forEach(problem -> Notifications.error(problems.translate(problem)));
			}
			catch (ConflictException conflict) {
				Notifications.error(getTranslation("care.conflict"));
			}
			close();
			afterReopen.run();
		});
		reopen.setId("reopen-for-risk");
		reopen.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("after-care.risk.later"), click -> close()), reopen);
	}

}
