package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;

/**
 * A supervisor let a drafted referral go without the person's consent to share with the
 * partner, for a coded reason.
 */
public record ConsentOverridden(CaseCode code, UUID partner, OverrideReason reason) implements ReferralEvent {

}
