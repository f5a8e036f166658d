package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.jspecify.annotations.Nullable;

/** The partner's answer was recorded (by hand, or from its file). */
public record ReferralAnswered(CaseCode code, UUID partner, ReferralStatus status,
		@Nullable AnswerReason reason) implements ReferralEvent {

}
