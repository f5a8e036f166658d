package org.haven.casefile;

import java.util.Optional;

/**
 * The case as the modules that keep parts of it (consent, the care plan) may use it:
 * looked up for the signed-in caseworker by the case's own need-to-know. A case they may
 * not work on is "not found", exactly as a missing one, and the refusal is recorded; a
 * change needs an assignment, since break-glass only reads.
 */
public interface CaseWork {

	/** The case, for a caseworker assigned to it or reading it by break-glass. */
	WorkedCase forReading(CaseCode code, String action);

	/** The case, for a caseworker assigned to it. */
	WorkedCase forChange(CaseCode code, String action);

	/**
	 * The case, for a supervisor looking at its coded parts (statuses and dates, never
	 * free text); a case they may not supervise is "not found", recorded.
	 */
	WorkedCase forSupervision(CaseCode code, String action);

	/**
	 * The case a fact names, for the policies that follow the fact in its transaction
	 * (tasks raised by a withdrawal, say): no need-to-know check, since the fact's own
	 * service made it. Empty for a code that names no case.
	 */
	Optional<WorkedCase> ofFact(CaseCode code);

}
