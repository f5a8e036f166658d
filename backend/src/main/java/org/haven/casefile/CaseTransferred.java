package org.haven.casefile;

import java.util.UUID;

/**
 * A supervisor of the receiving team accepted the case from another team.
 *
 * @param keptCaseworkers whether its caseworkers stayed, being members of the new team
 */
public record CaseTransferred(CaseCode code, UUID fromTeam, UUID toTeam, boolean keptCaseworkers) implements CaseEvent {
}
