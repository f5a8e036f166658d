package org.haven.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An answer, or a revocation, as it travels between installations: the referring
 * installation's referral id, the status, why, and on which day.
 */
record ExchangedAnswer(UUID referral, ReferralStatus status, @Nullable AnswerReason reason, LocalDate on) {

}
