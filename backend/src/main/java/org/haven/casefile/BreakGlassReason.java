package org.haven.casefile;

/** Why a caseworker opens a case not assigned to them. */
public enum BreakGlassReason {

	IMMEDIATE_SAFETY_RISK, PERSON_PRESENT_AND_ASSIGNED_CASEWORKER_UNAVAILABLE, URGENT_MEDICAL_OR_LEGAL_NEED,
	COVERING_ABSENCE, OTHER

}
