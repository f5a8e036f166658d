package org.haven.ui;

import com.vaadin.flow.component.Component;
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
		describe(this);
		return HttpServletResponse.SC_NOT_FOUND;
	}

	/** What a screen throws to show this page instead of itself. */
	static RuntimeException page() {
		return new NotFoundException();
	}

	/** Fills an error page with what a missing or refused address shows. */
	static void describe(Component page) {
		page.setId("not-found-view");
		page.getElement()
			.appendChild(new H1(page.getTranslation("error.not-found.title")).getElement(),
					new Paragraph(page.getTranslation("error.not-found.text")).getElement());
	}

}
