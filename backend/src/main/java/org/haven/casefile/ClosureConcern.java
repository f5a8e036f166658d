package org.haven.casefile;

/**
 * Why a closure request is flagged to the supervisor: the case has no baseline
 * assessment, or a baseline but no endline on the same instrument version, or a domain
 * scored critical at the endline that no goal of the care plan addresses.
 */
public enum ClosureConcern {

	BASELINE_MISSING, ENDLINE_MISSING, LOW_SCORE_WITHOUT_GOAL

}
