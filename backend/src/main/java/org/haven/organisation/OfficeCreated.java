package org.haven.organisation;

import java.util.UUID;

/** An administrator opened an office. */
public record OfficeCreated(UUID office) implements OrganisationEvent {
}
