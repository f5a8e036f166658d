package org.haven.referral;

import java.time.Instant;

/** A supervisor let the referral go without consent: who, why, when. */
public record ConsentOverride(String supervisor, OverrideReason reason, Instant at) {

}
