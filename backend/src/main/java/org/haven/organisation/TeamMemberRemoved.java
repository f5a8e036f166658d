package org.haven.organisation;

import java.util.UUID;

/** A caseworker is no longer a member of a team. */
public record TeamMemberRemoved(UUID team, UUID account) implements OrganisationEvent {
}
