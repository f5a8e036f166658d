package org.haven.assistance;

import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/** A task already done or cancelled changes no more. */
class TaskClosed extends InvalidInputException {

	TaskClosed() {
		super(List.of(Problem.ofForm("task.closed")));
	}

}
