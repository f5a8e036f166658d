package org.haven.referral;

/** The parts of a case a referral's package may carry, each chosen apart. */
public enum PackagePart {

	CASE_CODE, PROFILE, IDENTITY, SITUATION, NEEDS

}
