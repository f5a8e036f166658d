package org.haven.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;

/**
 * The buttons at the end of a list's row, alike in every list, and the one way a change
 * asked for from a row is carried out: a conflict (someone changed the row meanwhile) or
 * refused input is told in the user's language, and the list is reloaded either way.
 */
public final class RowActions {

	private RowActions() {
	}

	public static HorizontalLayout of(Button... buttons) {
		for (Button button : buttons) {
			button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		}
		return new HorizontalLayout(buttons);
	}

	public static void change(Component view, Runnable action, String conflictKey, Runnable reload) {
		try {
			action.run();
		}
		catch (ConflictException conflict) {
			Notifications.error(view.getTranslation(conflictKey));
		}
		catch (InvalidInputException refused) {
			InputProblems problems = new InputProblems(view);
			refused.problems().forEach(problem -> Notifications.error(problems.translate(problem)));
		}
		reload.run();
	}

}
