package org.haven.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that does not exist and for one the user may not open: both look
 * the same, so that nobody learns what exists by trying addresses.
 */
@PermitAll
public class NotFoundView extends RouteNotFoundError {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		getElement().removeAllChildren();
		setId("not-found-view");
		getElement().appendChild(new H1(getTranslation("error.not-found.title")).getElement(),
				new Paragraph(getTranslation("error.not-found.text")).getElement());
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
