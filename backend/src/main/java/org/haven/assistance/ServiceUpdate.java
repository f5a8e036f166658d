package org.haven.assistance;

import java.time.LocalDate;

/** Where a service now stands, when it was delivered, and what came of it. */
public record ServiceUpdate(ServiceStatus status, LocalDate deliveredOn, String outcome) {
}
