package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

/** A supervisor acts for a colleague on leave until {@code endsAt}. */
public record ActingSupervisionGranted(UUID grant, UUID acting, UUID forSupervisor,
		Instant endsAt) implements OrganisationEvent {
}
