package org.haven.referral;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the partner answered, on which day, and why when it declined or did not finish.
 */
public record ReferralAnswer(@Nullable ReferralStatus status, @Nullable AnswerReason reason, @Nullable LocalDate on) {

}
