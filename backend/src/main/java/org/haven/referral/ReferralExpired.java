package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;

/** The partner did not answer in time; a task was raised. */
public record ReferralExpired(CaseCode code, UUID partner) implements ReferralEvent {

}
