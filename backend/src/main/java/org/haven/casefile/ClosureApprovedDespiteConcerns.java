package org.haven.casefile;

import java.util.List;

/**
 * A supervisor approved a flagged closure request, for a coded reason; the concerns it
 * was flagged for are recorded with it.
 */
public record ClosureApprovedDespiteConcerns(CaseCode code, List<ClosureConcern> concerns,
		Closure.ConcernsOverridden reason) implements CaseEvent {

	public ClosureApprovedDespiteConcerns {
		concerns = List.copyOf(concerns);
	}

}
