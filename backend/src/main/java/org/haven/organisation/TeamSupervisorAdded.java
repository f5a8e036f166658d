package org.haven.organisation;

import java.util.UUID;

/** A supervisor now supervises a team. */
public record TeamSupervisorAdded(UUID team, UUID account) implements OrganisationEvent {
}
