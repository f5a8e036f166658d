package org.haven.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited access or change. Names the actor and the subject by ids (a pseudonymous
 * code for a person), and fields by name: never a value.
 */
public record AuditEvent(long seq, Instant occurredAt, String actorId, String actorUsername, List<String> actorRoles,
		String action, String subjectType, String subjectId, List<String> fields, Outcome outcome, String reason,
		String sessionHash, String clientAddress) {

	public AuditEvent {
		actorRoles = List.copyOf(actorRoles);
		fields = List.copyOf(fields);
	}

}
