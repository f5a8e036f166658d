package org.haven.referral;

import java.util.UUID;

/** The referring organisation revoked the referral: the person's consent ended. */
public record IncomingReferralRevoked(UUID incoming) implements IncomingReferralEvent {

}
