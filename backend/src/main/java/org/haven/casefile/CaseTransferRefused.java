package org.haven.casefile;

import java.util.UUID;

/** A supervisor of the receiving team refused to take the case; it stays where it was. */
public record CaseTransferRefused(CaseCode code, UUID transfer, UUID toTeam) implements CaseEvent {
}
