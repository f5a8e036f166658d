package org.haven.casefile;

import java.time.Instant;

import org.haven.person.Identity;
import org.haven.shared.IdentityData;

/** An unfinished intake as its caseworker left it, the identity typed so far included. */
@IdentityData
public record IntakeDraft(DraftId id, IntakeStep step, Identity identity, IntakeAnswers answers, Instant startedAt,
		Instant savedAt, long version) {
}
