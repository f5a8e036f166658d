package org.haven.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.haven.shared.AuditUnavailableException;
import org.haven.shared.ConflictException;
import org.haven.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when something fails that the screen did not handle: a plain message
 * in their language and an error number to quote. The log gets the number, the exception
 * types and where they were thrown, but no exception messages: a message from a library
 * may quote the data that caused it.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		Throwable error = event.getThrowable();
		String reference = UUID.randomUUID().toString().substring(0, 8);
		String key;
		if (causedBy(error, ConflictException.class)) {
			key = "error.conflict";
		}
		else if (causedBy(error, AuditUnavailableException.class)) {
			key = "error.audit-unavailable";
			log.error("Refused for want of an audit record [{}]: {}", reference, SafeErrorDescription.of(error));
		}
		else if (causedBy(error, AccessDeniedException.class) || causedBy(error, NotFoundException.class)) {
			key = "error.not-allowed";
			log.info("Refused action [{}]: {}", reference, SafeErrorDescription.of(error));
		}
		else {
			key = "error.unexpected";
			log.error("Unexpected error [{}]: {}", reference, SafeErrorDescription.of(error));
		}
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification notification = new Notification(ui.getTranslation(key, reference), 8000,
					Notification.Position.MIDDLE);
			notification.addThemeVariants(NotificationVariant.ERROR);
			notification.open();
		}
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
