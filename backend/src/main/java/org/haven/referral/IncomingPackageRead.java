package org.haven.referral;

import java.util.UUID;

/** The caseworker read the package of a referral received. */
public record IncomingPackageRead(UUID incoming) implements IncomingReferralEvent {

}
