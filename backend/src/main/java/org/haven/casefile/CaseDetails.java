package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.haven.person.PersonCode;

/**
 * A case as its caseworker works on it, without the person's identity (revealed apart)
 * and without notes (read apart).
 *
 * @param breakGlassUntil when the caseworker is not assigned and works on it by
 * break-glass, the end of that access
 */
public record CaseDetails(CaseCode code, PersonCode person, CaseStatus status, boolean consentToRecord,
		Situation situation, Needs needs, NonPunishment nonPunishment, List<Caseworker> caseworkers,
		LocalDate nextFollowUpOn, ClosureState closure, Instant breakGlassUntil, Instant openedAt, Instant updatedAt,
		long version) {

	/** The parts of the case. */
	public enum Part {

		STATUS, SITUATION, NEEDS, NON_PUNISHMENT, FOLLOW_UP, CASEWORKERS, CLOSURE

	}

	/**
	 * What differs in the other version of this case, to tell a user whose edit came too
	 * late.
	 */
	public List<Part> partsChangedIn(CaseDetails other) {
		List<Part> changed = new ArrayList<>();
		compare(changed, Part.STATUS, this.status, other.status);
		compare(changed, Part.SITUATION, this.situation, other.situation);
		compare(changed, Part.NEEDS, this.needs, other.needs);
		compare(changed, Part.NON_PUNISHMENT, this.nonPunishment, other.nonPunishment);
		compare(changed, Part.FOLLOW_UP, this.nextFollowUpOn, other.nextFollowUpOn);
		compare(changed, Part.CASEWORKERS, Set.copyOf(this.caseworkers), Set.copyOf(other.caseworkers));
		compare(changed, Part.CLOSURE, this.closure, other.closure);
		return changed;
	}

	private static void compare(List<Part> changed, Part part, Object mine, Object theirs) {
		if (!Objects.equals(mine, theirs)) {
			changed.add(part);
		}
	}

}
