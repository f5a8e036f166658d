package org.haven.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What auditors search by; every given criterion must match. Subject ids are exact (a
 * person code, a case code, an account id); the actor is a username.
 */
public record AuditQuery(Instant from, Instant to, String actor, Action action, String subjectId, Outcome outcome) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	/** The names of the criteria given, for the audit event the search itself makes. */
	List<String> criteria() {
		List<String> names = new ArrayList<>();
		if (this.from != null || this.to != null) {
			names.add("time");
		}
		if (this.actor != null && !this.actor.isBlank()) {
			names.add("actor");
		}
		if (this.action != null) {
			names.add("action");
		}
		if (this.subjectId != null && !this.subjectId.isBlank()) {
			names.add("subject");
		}
		if (this.outcome != null) {
			names.add("outcome");
		}
		return names;
	}

}
