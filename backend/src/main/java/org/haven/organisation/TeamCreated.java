package org.haven.organisation;

import java.util.UUID;

/** An administrator made a team in an office. */
public record TeamCreated(UUID team, UUID office) implements OrganisationEvent {
}
