package org.haven.organisation;

import java.util.UUID;

/** A caseworker became a member of a team. */
public record TeamMemberAdded(UUID team, UUID account) implements OrganisationEvent {
}
