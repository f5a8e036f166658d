package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.haven.person.ErasureReason;
import org.haven.person.PersonCode;
import org.jspecify.annotations.Nullable;

/**
 * A case as its caseworker works on it, without the person's identity (revealed apart)
 * and without notes (read apart).
 *
 * @param breakGlassUntil when the caseworker is not assigned and reads it by break-glass,
 * the end of that access
 * @param erasureRequested why the person's erasure was asked for, while a supervisor has
 * not decided yet
 * @param referredIn who referred the person to this organisation, when and why, when a
 * referral started the case
 */
public record CaseDetails(CaseCode code, PersonCode person, CaseStatus status, boolean consentToRecord,
		Situation situation, Needs needs, NonPunishment nonPunishment, List<Caseworker> caseworkers,
		LocalDate nextFollowUpOn, ClosureState closure, Instant breakGlassUntil, ErasureReason erasureRequested,
		Instant openedAt, @Nullable ReferredIn referredIn, Instant updatedAt, long version) {

	/**
	 * Whether the caseworker only reads this case (break-glass): nothing here changes it.
	 */
	public boolean readOnly() {
		return this.breakGlassUntil != null;
	}

	/**
	 * The parts of the case: those the case file keeps, then those other modules keep
	 * (from {@link #CONSENT} on), which the case history names too
	 * ({@link CasePartHistory}).
	 */
	public enum Part {

		STATUS, SITUATION, NEEDS, NON_PUNISHMENT, FOLLOW_UP, CASEWORKERS, CLOSURE,
		/** The consent ledger. */
		CONSENT,
		/** The care plan's goals. */
		CARE_PLAN,
		/** The services of the care plan. */
		SERVICES,
		/** The case's tasks, by hand or by policy. */
		TASKS,
		/** The after-care checks after closure. */
		AFTER_CARE,
		/** The assessments, from baseline to endline. */
		ASSESSMENTS

	}

	/**
	 * What differs in the other version of this case, to tell a user whose edit came too
	 * late.
	 */
	public List<Part> partsChangedIn(CaseDetails other) {
		return other.parts().changedSince(parts());
	}

	private CaseParts parts() {
		return new CaseParts(this.status, this.situation, this.needs, this.nonPunishment, this.nextFollowUpOn,
				this.caseworkers.stream()
					.map(caseworker -> new Assignment(caseworker.accountId(), caseworker.primary()))
					.collect(Collectors.toSet()),
				this.closure);
	}

}
