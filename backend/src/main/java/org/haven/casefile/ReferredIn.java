package org.haven.casefile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Who referred the person to this organisation, when and why, kept on the case it
 * started: the HTCDS incoming-referral fields, coded, never a name ({@code org_Type} of
 * the referring organisation when known, {@code cas_IncomingReferralDate},
 * {@code cas_ReasonForIncomingReferral}).
 */
public record ReferredIn(@Nullable String organisationType, LocalDate on, String reason) {

}
