package org.haven.person;

import java.time.Instant;

/** A person without their identity: what lists and statistics show. */
public record PersonSummary(PersonCode code, Profile profile, boolean erased, long version, Instant registeredAt) {
}
