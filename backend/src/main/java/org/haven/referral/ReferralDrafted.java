package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;

/** A caseworker drafted a referral to a partner. */
public record ReferralDrafted(CaseCode code, UUID partner) implements ReferralEvent {

}
