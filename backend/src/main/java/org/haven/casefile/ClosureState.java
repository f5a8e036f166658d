package org.haven.casefile;

import java.time.Instant;

/**
 * Where the end of a case stands: requested (with an outcome), returned, closed, or
 * reopened.
 */
public record ClosureState(Closure.Outcome requestedOutcome, Instant requestedAt, Closure.ReturnReason returnedFor,
		Instant closedAt, Closure.ReopenReason reopenedFor) {

	public boolean pending() {
		return this.requestedAt != null && this.closedAt == null;
	}

}
