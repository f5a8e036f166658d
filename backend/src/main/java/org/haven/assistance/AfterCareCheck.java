package org.haven.assistance;

import java.util.UUID;

/** An after-care check as recorded, notes included, and whether it found a risk. */
public record AfterCareCheck(UUID id, NewAfterCareCheck check, boolean riskFound, String recordedBy) {
}
