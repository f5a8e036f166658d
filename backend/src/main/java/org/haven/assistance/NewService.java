package org.haven.assistance;

import java.time.LocalDate;

/**
 * A service as the caseworker arranges it for a goal: its type (a code of the service
 * types list), who provides it, when it was requested and by when it is due.
 */
public record NewService(String type, ProvidedBy providedBy, String provider, LocalDate requestedOn, LocalDate dueBy) {
}
