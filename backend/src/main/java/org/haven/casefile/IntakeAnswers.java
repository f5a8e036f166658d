package org.haven.casefile;

import org.haven.person.Profile;

/**
 * Everything an intake records except the identity. Consent is null until asked: "not
 * asked yet" is not "no".
 */
public record IntakeAnswers(Boolean consentToRecord, Profile profile, Situation situation, Needs needs,
		NonPunishment nonPunishment) {

	public IntakeAnswers {
		profile = profile == null ? Profile.notAskedYet() : profile;
		situation = situation == null ? Situation.NOT_ASKED : situation;
		needs = needs == null ? Needs.NOT_ASKED : needs;
		nonPunishment = nonPunishment == null ? NonPunishment.NOT_ASKED : nonPunishment;
	}

	public static IntakeAnswers notAskedYet() {
		return new IntakeAnswers(null, null, null, null, null);
	}

}
