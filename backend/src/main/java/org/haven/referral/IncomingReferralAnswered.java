package org.haven.referral;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A signed answer file was made for the referring partner. */
public record IncomingReferralAnswered(UUID incoming, ReferralStatus status,
		@Nullable AnswerReason reason) implements IncomingReferralEvent {

}
