package org.haven.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.haven.casefile.CaseAfterCare;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the retention of closed cases what it needs of their after-care: a check still
 * open holds the case; otherwise the retention period runs from the last check, done as a
 * task or recorded, whichever day is later.
 */
@Component
class AfterCareForRetention implements CaseAfterCare {

	private final TaskEntries tasks;

	private final AfterCareCheckEntries checks;

	AfterCareForRetention(TaskEntries tasks, AfterCareCheckEntries checks) {
		this.tasks = tasks;
		this.checks = checks;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, State> of(Collection<UUID> cases) {
		Map<UUID, State> states = new HashMap<>();
		if (cases.isEmpty()) {
			return states;
		}
		for (TaskEntry task : this.tasks.findByCaseIdInAndKind(cases, TaskKind.AFTER_CARE_CHECK)) {
			State known = states.getOrDefault(task.caseId(), State.NONE);
			states.put(task.caseId(), new State(known.checkOpen() || task.status() == TaskStatus.OPEN,
					later(known.lastCheckOn(), task.doneOn())));
		}
		for (AfterCareCheckEntry check : this.checks.findByCaseIdIn(cases)) {
			State known = states.getOrDefault(check.caseId(), State.NONE);
			states.put(check.caseId(), new State(known.checkOpen(), later(known.lastCheckOn(), check.checkedOn())));
		}
		return states;
	}

	private static LocalDate later(LocalDate one, LocalDate other) {
		if (one == null) {
			return other;
		}
		return other == null || one.isAfter(other) ? one : other;
	}

}
