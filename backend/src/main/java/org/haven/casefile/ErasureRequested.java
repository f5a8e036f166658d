package org.haven.casefile;

import org.haven.person.ErasureReason;

/** A caseworker assigned to the case asked for the person's identity to be erased. */
public record ErasureRequested(CaseCode code, ErasureReason reason) {
}
