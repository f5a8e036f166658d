package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor acting for a colleague on leave, holding the colleague's teams from
 * {@code startsAt} until {@code endsAt}.
 */
public record ActingSupervision(UUID id, UUID acting, UUID forSupervisor, Instant startsAt, Instant endsAt,
		boolean running) {
}
