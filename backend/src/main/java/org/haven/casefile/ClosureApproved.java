package org.haven.casefile;

import java.util.UUID;

/**
 * A supervisor approved a closure that a caseworker asked for: the case is closed, from
 * the stage it had reached, with the primary caseworker it had then (who keeps its
 * after-care).
 */
public record ClosureApproved(CaseCode code, CaseStatus closedFrom, UUID primaryCaseworker) implements CaseEvent {
}
