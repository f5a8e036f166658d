package org.haven.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The kinds of notification every screen shows: a short success at the corner, and a
 * warning or an error in the middle that stays long enough to be read. The text is always
 * a translated message, never data of a record.
 */
public final class Notifications {

	private static final int ERROR_MILLISECONDS = 6000;

	private Notifications() {
	}

	public static Notification success(String message) {
		Notification notification = Notification.show(message);
		notification.addThemeVariants(NotificationVariant.SUCCESS);
		return notification;
	}

	/** Something the user should act on that is not an error of theirs. */
	public static Notification warning(String message) {
		Notification notification = Notification.show(message, ERROR_MILLISECONDS, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.WARNING);
		return notification;
	}

	public static Notification error(String message) {
		Notification notification = Notification.show(message, ERROR_MILLISECONDS, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.ERROR);
		return notification;
	}

}
