package org.haven.referral;

import java.util.UUID;

/** The referral received was taken on: an intake was started with exactly its fields. */
public record IncomingReferralAccepted(UUID incoming) implements IncomingReferralEvent {

}
