package org.haven.referral;

import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file did: a referral received (its id among incoming referrals), or an
 * answer or revocation applied (the case it concerned, or the incoming referral).
 */
public record ImportedFile(ExchangeKind kind, @Nullable UUID incoming, @Nullable CaseCode code) {

}
