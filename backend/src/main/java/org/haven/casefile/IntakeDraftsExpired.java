package org.haven.casefile;

import java.time.Instant;

/**
 * Unfinished intakes untouched since before a date were discarded, with what was typed in
 * them.
 */
public record IntakeDraftsExpired(int count, Instant untouchedSince) implements CaseEvent {
}
