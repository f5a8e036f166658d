package org.haven.consent;

import org.haven.casefile.CaseCode;

/** A caseworker read the case's consent ledger. */
public record ConsentLedgerRead(CaseCode code) implements ConsentEvent {
}
