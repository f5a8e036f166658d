package org.haven.referral;

import org.haven.casefile.CaseCode;

/** The caseworker read the case's referrals. */
public record ReferralsRead(CaseCode code) implements ReferralEvent {

}
