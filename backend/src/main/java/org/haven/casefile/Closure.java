package org.haven.casefile;

/** The coded reasons around the end of a case. */
public final class Closure {

	private Closure() {
	}

	/** What a case achieved, as the caseworker asks to close it. */
	public enum Outcome {

		GOALS_ACHIEVED, REFERRED_ELSEWHERE, PERSON_WITHDREW, CONTACT_LOST, PERSON_RELOCATED, PERSON_DECEASED, OTHER

	}

	/** Why a supervisor sent a closure request back. */
	public enum ReturnReason {

		ASSISTANCE_ONGOING, FOLLOW_UP_MISSING, OUTCOME_UNCLEAR, OTHER

	}

	/**
	 * Why a supervisor approves a closure request despite its concerns
	 * ({@link ClosureConcern}).
	 */
	public enum ConcernsOverridden {

		PERSON_DECLINED_ASSESSMENT, CONTACT_LOST, NEED_MET_OTHERWISE, REFERRED_ELSEWHERE, OTHER

	}

	/** Why a closed case is opened again. */
	public enum ReopenReason {

		NEW_NEEDS, RISK_OF_RE_TRAFFICKING, PERSON_RETURNED, LEGAL_PROCEEDINGS, CLOSED_IN_ERROR, OTHER

	}

}
