package org.haven.organisation;

import java.util.UUID;

/** An acting supervision was ended before its end date. */
public record ActingSupervisionEnded(UUID grant, UUID acting, UUID forSupervisor) implements OrganisationEvent {
}
