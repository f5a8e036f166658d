package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.consent.ConsentState;

/**
 * The person's consent to share with the partner was withdrawn or ended, so the referral
 * is revoked; a task tells the caseworker to inform the partner.
 */
public record ReferralRevoked(CaseCode code, UUID partner, ConsentState because) implements ReferralEvent {

}
