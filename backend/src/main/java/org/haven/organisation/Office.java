package org.haven.organisation;

import java.util.UUID;

/** An office of the organisation. */
public record Office(UUID id, String name) {
}
