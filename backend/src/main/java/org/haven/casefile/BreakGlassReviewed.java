package org.haven.casefile;

import java.util.UUID;

/**
 * A supervisor looked at a break-glass opening and marked it reviewed.
 *
 * @param holder the account that opened the case
 */
public record BreakGlassReviewed(CaseCode code, UUID grant, UUID holder) implements CaseEvent {
}
