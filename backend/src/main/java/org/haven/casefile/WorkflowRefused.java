package org.haven.casefile;

import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/** A step the case's workflow does not allow from where the case stands. */
class WorkflowRefused extends InvalidInputException {

	WorkflowRefused(String field, String messageKey) {
		super(List.of(field == null ? Problem.ofForm(messageKey) : Problem.of(field, messageKey)));
	}

}
