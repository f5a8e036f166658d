package org.haven.casefile;

import java.util.UUID;

/**
 * A supervisor ended a caseworker's break-glass access before its hour was over.
 *
 * @param holder the account whose access ended
 */
public record BreakGlassEnded(CaseCode code, UUID grant, UUID holder) implements CaseEvent {
}
