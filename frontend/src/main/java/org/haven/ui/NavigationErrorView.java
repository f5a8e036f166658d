package org.haven.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown instead of a screen that failed while it was being opened. Such errors go through
 * the same safe handling as those of an action on a screen: the user reads a plain
 * message with an error number, the log gets the number and the exception types only,
 * never the address, an exception message or a record's id. A refusal looks like an
 * address that does not exist, as everywhere.
 */
@AnonymousAllowed
public class NavigationErrorView extends Div implements HasErrorParameter<Exception> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		UnexpectedErrors.Report report = UnexpectedErrors.report(parameter.getCaughtException());
		removeAll();
		if (report.refused()) {
			NotFoundView.describe(this);
		}
		else {
			setId("navigation-error-view");
			Paragraph message = new Paragraph(getTranslation(report.messageKey(), report.reference()));
			message.setId("navigation-error-message");
			add(new H1(getTranslation("error.title")), message);
		}
		return report.httpStatus();
	}

}
