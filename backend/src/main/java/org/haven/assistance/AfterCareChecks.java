package org.haven.assistance;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed case's after-care checks, for the modules that record something at one (an
 * assessment after closure): ids only, no access check, for callers that made theirs on
 * the case.
 */
@Component
public class AfterCareChecks {

	private final TaskEntries tasks;

	private final AfterCareCheckEntries checks;

	AfterCareChecks(TaskEntries tasks, AfterCareCheckEntries checks) {
		this.tasks = tasks;
		this.checks = checks;
	}

	/**
	 * Whether the case has after-care: a check scheduled and not cancelled, or recorded.
	 */
	@Transactional(readOnly = true)
	public boolean scheduledFor(UUID caseId) {
		return !recordedOn(caseId).isEmpty()
				|| this.tasks.findByCaseIdInAndKind(List.of(caseId), TaskKind.AFTER_CARE_CHECK)
					.stream()
					.anyMatch(task -> task.status() != TaskStatus.CANCELLED);
	}

	/** The after-care checks recorded on the case, each of which answered its task. */
	@Transactional(readOnly = true)
	public Set<UUID> recordedOn(UUID caseId) {
		return this.checks.findByCaseIdOrderByRecordedAt(caseId)
			.stream()
			.filter(check -> check.kind() == ContactKind.AFTER_CARE_CHECK)
			.map(AfterCareCheckEntry::id)
			.collect(Collectors.toSet());
	}

}
