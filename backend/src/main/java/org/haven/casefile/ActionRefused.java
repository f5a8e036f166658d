package org.haven.casefile;

import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * The user may see the case but not do this with it: break-glass is read-only, and nobody
 * decides on their own work. The message says why in the user's language;
 * {@link CaseAccess#refusal} has recorded the refusal before it is thrown.
 */
class ActionRefused extends InvalidInputException {

	ActionRefused(String messageKey) {
		super(List.of(Problem.ofForm(messageKey)));
	}

}
