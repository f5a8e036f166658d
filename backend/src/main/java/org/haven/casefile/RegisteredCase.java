package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import org.haven.person.PersonCode;

/**
 * What the de-identified research export may take from a case registered in its period:
 * when it was opened and the coded situation (forms of exploitation, means of control,
 * sectors, recruitment, countries). The situation holds codes and dates only, no identity
 * and no free text; the export keeps only codes.
 */
public record RegisteredCase(UUID id, CaseCode code, PersonCode person, Instant openedAt, Situation situation) {

}
