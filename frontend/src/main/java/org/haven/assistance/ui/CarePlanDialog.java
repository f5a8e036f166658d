package org.haven.assistance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * A change to the care plan in a dialog: saved as a whole, or refused field by field with
 * what was typed kept; a change someone else made first is a conflict, after which the
 * plan shows the latest.
 */
abstract class CarePlanDialog extends Dialog {

	protected final InputProblems problems = new InputProblems(this);

	private final Runnable afterSave;

	CarePlanDialog(String id, String saveId, Runnable afterSave) {
		this.afterSave = afterSave;
		setId(id);
		Button save = new Button(getTranslation("action.save"), click -> save());
		save.setId(saveId);
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	/** Saves the change; returns the message key that confirms it. */
	protected abstract String saveChange();

	private void save() {
		try {
			Notifications.success(getTranslation(saveChange()));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(getTranslation("care.conflict"));
		}
		close();
		this.afterSave.run();
	}

}
