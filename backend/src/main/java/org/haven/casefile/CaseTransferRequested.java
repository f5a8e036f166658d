package org.haven.casefile;

import java.util.UUID;

/** A supervisor of the case's team asked another team to take the case. */
public record CaseTransferRequested(CaseCode code, UUID transfer, UUID fromTeam, UUID toTeam) implements CaseEvent {
}
