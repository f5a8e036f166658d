package org.haven.casefile;

import java.util.UUID;

/** A caseworker assigned to a case. */
public record Caseworker(UUID accountId, String name, boolean primary) {
}
