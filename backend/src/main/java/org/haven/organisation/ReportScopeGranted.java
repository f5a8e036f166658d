package org.haven.organisation;

import java.util.UUID;

/** A supervisor's reports now count an office or the whole organisation. */
public record ReportScopeGranted(UUID account, ReportScope scope) implements OrganisationEvent {
}
