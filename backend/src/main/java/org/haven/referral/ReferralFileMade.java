package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;

/**
 * A signed file, encrypted to the partner's key, was made for a partner that runs Haven:
 * the referral's package, or its revocation.
 */
public record ReferralFileMade(CaseCode code, UUID partner, ExchangeKind kind) implements ReferralEvent {

}
