package org.haven.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.haven.casefile.CaseDetails.Part;

/** The parts of one version of a case, to tell which of them another version changed. */
record CaseParts(CaseStatus status, Situation situation, Needs needs, NonPunishment nonPunishment,
		LocalDate nextFollowUpOn, Set<Assignment> caseworkers, ClosureState closure) {

	CaseParts {
		caseworkers = Set.copyOf(caseworkers);
	}

	/**
	 * The parts in which this version differs from the other, in the order of
	 * {@link Part}.
	 */
	List<Part> changedSince(CaseParts other) {
		List<Part> changed = new ArrayList<>();
		compare(changed, Part.STATUS, this.status, other.status);
		compare(changed, Part.SITUATION, this.situation, other.situation);
		compare(changed, Part.NEEDS, this.needs, other.needs);
		compare(changed, Part.NON_PUNISHMENT, this.nonPunishment, other.nonPunishment);
		compare(changed, Part.FOLLOW_UP, this.nextFollowUpOn, other.nextFollowUpOn);
		compare(changed, Part.CASEWORKERS, this.caseworkers, other.caseworkers);
		compare(changed, Part.CLOSURE, this.closure, other.closure);
		return changed;
	}

	private static void compare(List<Part> changed, Part part, Object mine, Object theirs) {
		if (!Objects.equals(mine, theirs)) {
			changed.add(part);
		}
	}

}
