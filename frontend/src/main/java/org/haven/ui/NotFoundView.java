package org.haven.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.shared.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Shown for an address that does not exist and for one the user may not open: both look
 * the same, so that nobody learns what exists by trying addresses.
 */
@PermitAll
public class NotFoundView extends RouteNotFoundError {

	private final transient ApplicationEventPublisher events;

	NotFoundView(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * An address that names a screen that exists was refused: the user may not open it,
	 * or not for this record. The audit trail hears of it; the user sees the same page as
	 * for a missing one.
	 */
	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		String path = event.getLocation().getPath();
		if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
			this.events.publishEvent(new AccessRefused("/" + path));
		}
		getElement().removeAllChildren();
		setId("not-found-view");
		getElement().appendChild(new H1(getTranslation("error.not-found.title")).getElement(),
				new Paragraph(getTranslation("error.not-found.text")).getElement());
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
