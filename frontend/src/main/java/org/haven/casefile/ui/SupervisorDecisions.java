package org.haven.casefile.ui;

import com.vaadin.flow.component.Component;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

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
			Notifications.success(view.getTranslation(doneMessageKey));
		}
		catch (InvalidInputException refused) {
			new InputProblems(view).show(refused).forEach(Notifications::error);
		}
		catch (ConflictException | NotFoundException gone) {
			Notifications.error(view.getTranslation("supervision.not-found"));
		}
		reload.run();
	}

}
