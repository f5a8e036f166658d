package org.haven.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a partner declined a referral, or why its service was not completed (the reasons of
 * the reference, each for the answer it explains).
 */
public enum AnswerReason {

	OUTSIDE_CATCHMENT_AREA, NOT_MEETING_CRITERIA, NO_CAPACITY, SERVICE_UNAVAILABLE, PERSON_DECLINED, DUPLICATE,
	PERSON_WITHDREW, CONTACT_LOST, PERSON_RELOCATED, SAFETY_CONCERN, OTHER;

	private static final Set<AnswerReason> DECLINING = EnumSet.of(OUTSIDE_CATCHMENT_AREA, NOT_MEETING_CRITERIA,
			NO_CAPACITY, SERVICE_UNAVAILABLE, PERSON_DECLINED, DUPLICATE, OTHER);

	private static final Set<AnswerReason> NOT_COMPLETING = EnumSet.of(PERSON_WITHDREW, CONTACT_LOST, PERSON_RELOCATED,
			SAFETY_CONCERN, OTHER);

	/** Whether this reason explains that answer; answers that need none take none. */
	public boolean explains(ReferralStatus answer) {
		return switch (answer) {
			case DECLINED -> DECLINING.contains(this);
			case NOT_COMPLETED -> NOT_COMPLETING.contains(this);
			default -> false;
		};
	}

	/** Whether that answer needs a reason. */
	public static boolean needed(ReferralStatus answer) {
		return answer == ReferralStatus.DECLINED || answer == ReferralStatus.NOT_COMPLETED;
	}

}
