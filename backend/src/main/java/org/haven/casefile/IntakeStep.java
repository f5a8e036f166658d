package org.haven.casefile;

/**
 * The steps of the intake, in the order the wizard offers them; any can be left for
 * later.
 */
public enum IntakeStep {

	CONSENT, IDENTITY, PROFILE, SITUATION, NEEDS, REVIEW

}
