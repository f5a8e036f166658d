package org.haven.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.shared.AuditUnavailableException;
import org.haven.shared.ConflictException;
import org.haven.shared.DatabaseUnreachable;
import org.haven.shared.NotFoundException;
import org.haven.shared.RecordDamagedException;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when something fails that the screen did not handle, whether in an
 * action on a screen or while opening one ({@link NavigationErrorView}): a plain message
 * in their language and an error number to quote. The log gets the number, the exception
 * types and where they were thrown, but no exception messages: a message from a library
 * may quote the data that caused it, and one of Haven's may name a record's id.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

	/**
	 * What an error is reported as: the message key (taking the error number), the
	 * number, and the HTTP status an error page answers with.
	 */
	record Report(String messageKey, String reference, int httpStatus) {

		boolean refused() {
			return this.httpStatus == HttpServletResponse.SC_NOT_FOUND;
		}

	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		Report report = report(event.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification notification = new Notification(ui.getTranslation(report.messageKey(), report.reference()),
					8000, Notification.Position.MIDDLE);
			notification.addThemeVariants(NotificationVariant.ERROR);
			notification.open();
		}
	}

	/** Logs the error safely, under a new error number, and says how to report it. */
	static Report report(Throwable error) {
		String reference = SafeErrorDescription.newReference();
		if (causedBy(error, ConflictException.class)) {
			return new Report("error.conflict", reference, HttpServletResponse.SC_CONFLICT);
		}
		if (DatabaseUnreachable.causedIt(error)) {
			log.warn("Refused while the database cannot be reached [{}]: {}", reference,
					SafeErrorDescription.of(error));
			return new Report("error.database-unreachable", reference, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
		if (causedBy(error, AuditUnavailableException.class)) {
			log.error("Refused for want of an audit record [{}]: {}", reference, SafeErrorDescription.of(error));
			return new Report("error.audit-unavailable", reference, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
		if (causedBy(error, AccessDeniedException.class) || causedBy(error, NotFoundException.class)) {
			log.info("Refused action [{}]: {}", reference, SafeErrorDescription.of(error));
			return new Report("error.not-allowed", reference, HttpServletResponse.SC_NOT_FOUND);
		}
		if (causedBy(error, RecordDamagedException.class)) {
			log.warn("A stored record failed its integrity check [{}]: {}", reference, SafeErrorDescription.of(error));
			return new Report("error.integrity", reference, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		log.error("Unexpected error [{}]: {}", reference, SafeErrorDescription.of(error));
		return new Report("error.unexpected", reference, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
