package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;

/** The caseworker took the referral back. */
public record ReferralWithdrawn(CaseCode code, UUID partner) implements ReferralEvent {

}
