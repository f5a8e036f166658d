package org.haven.referral;

import java.util.UUID;

/**
 * A caseworker recorded a referral received by phone or on paper; an intake was started.
 */
public record IncomingReferralRecorded(UUID incoming) implements IncomingReferralEvent {

}
