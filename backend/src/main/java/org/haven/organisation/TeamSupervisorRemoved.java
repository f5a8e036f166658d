package org.haven.organisation;

import java.util.UUID;

/** A supervisor no longer supervises a team. */
public record TeamSupervisorRemoved(UUID team, UUID account) implements OrganisationEvent {
}
