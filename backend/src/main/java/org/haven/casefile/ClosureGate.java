package org.haven.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The closure gate: asks every {@link ClosureReadiness} what is missing before a case
 * closes, and keeps, once written, a supervisor's approval despite it with its coded
 * reason.
 */
@Component
class ClosureGate {

	private final ObjectProvider<ClosureReadiness> modules;

	private final JdbcTemplate jdbc;

	ClosureGate(ObjectProvider<ClosureReadiness> modules, JdbcTemplate jdbc) {
		this.modules = modules;
		this.jdbc = jdbc;
	}

	List<ClosureConcern> concernsOf(CaseFile file) {
		WorkedCase worked = CaseWorkAccess.worked(file);
		return this.modules.orderedStream()
			.flatMap(module -> module.concernsOf(worked).stream())
			.distinct()
			.sorted()
			.toList();
	}

	void recordOverride(CaseFile file, List<ClosureConcern> concerns, Closure.ConcernsOverridden reason, UUID by,
			Instant at) {
		this.jdbc.update("""
				insert into case_closure_override (case_id, concerns, reason, decided_by, decided_at)
				values (?, ?, ?, ?, ?)""", file.id(),
				concerns.stream().map(Enum::name).collect(Collectors.joining(",")), reason.name(), by,
				Timestamp.from(at));
	}

}
