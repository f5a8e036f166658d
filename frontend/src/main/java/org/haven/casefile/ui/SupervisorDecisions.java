package org.haven.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.ui.InputProblems;

/**
 * How the supervisors' lists apply a decision taken on one of their rows: success is
 * said, a refusal says why in the user's language, something decided meanwhile says so;
 * the list is reloaded whatever happened, so that nobody decides on a stale row.
 */
final class SupervisorDecisions {

	private SupervisorDecisions() {
	}

	static void apply(Component view, Runnable decision, String doneMessageKey, Runnable reload) {
		try {
			decision.run();
			Notification.show(view.getTranslation(doneMessageKey)).addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (InvalidInputException refused) {
			new InputProblems(view).show(refused).forEach(SupervisorCasesView::error);
		}
		catch (ConflictException | NotFoundException gone) {
			SupervisorCasesView.error(view.getTranslation("supervision.not-found"));
		}
		reload.run();
	}

}
