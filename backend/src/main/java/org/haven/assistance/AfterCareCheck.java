package org.haven.assistance;

import java.util.UUID;

/**
 * A contact with the person as recorded, a follow-up of the open case or an after-care
 * check after closure, notes included, and whether it found a risk.
 */
public record AfterCareCheck(UUID id, ContactKind kind, NewAfterCareCheck check, boolean riskFound, String recordedBy) {
}
