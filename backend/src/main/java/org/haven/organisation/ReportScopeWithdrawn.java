package org.haven.organisation;

import java.util.UUID;

/** A supervisor's reports count their supervised teams again, nothing more. */
public record ReportScopeWithdrawn(UUID account) implements OrganisationEvent {
}
