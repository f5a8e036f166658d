package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.platform.Days;
import org.haven.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of work on the home page, by case code and kind only: a caseworker's open
 * tasks due within a week or overdue, their after-care checks ahead and the consents that
 * end soon; for supervisors the tasks overdue and those escalated to them.
 */
@Service
@Transactional(readOnly = true)
public class TasksToDo {

	/** How far ahead a caseworker's list looks. */
	static final int DAYS_AHEAD = 7;

	private final TaskEntries entries;

	private final AccountDirectory accounts;

	private final Clock clock;

	TasksToDo(TaskEntries entries, AccountDirectory accounts, Clock clock) {
		this.entries = entries;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The signed-in caseworker's open tasks due within a week, overdue ones first. */
	@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
	public List<TaskToDo> mineDueSoon() {
		UUID me = this.accounts.signedInAccount();
		return toDo(this.entries.findOpenAssignedDueBy(me, today().plusDays(DAYS_AHEAD)));
	}

	/** The signed-in caseworker's after-care checks still to come, soonest first. */
	@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
	public List<TaskToDo> myAfterCareAhead() {
		UUID me = this.accounts.signedInAccount();
		return toDo(this.entries.findOpenAssignedOfKind(me, TaskKind.AFTER_CARE_CHECK));
	}

	/**
	 * The signed-in caseworker's reminders of consent that ends within the notice period,
	 * soonest first.
	 */
	@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
	public List<TaskToDo> myConsentsEnding() {
		UUID me = this.accounts.signedInAccount();
		return toDo(this.entries.findOpenAssignedOfKind(me, TaskKind.CONSENT_ENDING));
	}

	/** Every open task past its day and not yet escalated, oldest first. */
	@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
	public List<TaskToDo> overdue() {
		return toDo(this.entries.findOverdueNotEscalated(today()));
	}

	/** Every open task escalated past its grace period. */
	@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
	public List<TaskToDo> escalated() {
		return toDo(this.entries.findEscalated());
	}

	private List<TaskToDo> toDo(List<TaskEntry> found) {
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(found.stream().map(TaskEntry::assignedTo).distinct().toList());
		return found.stream()
			.map(entry -> new TaskToDo(entry.id(), entry.code(), entry.kind(), entry.dueOn(),
					usernames.get(entry.assignedTo()), entry.escalated()))
			.toList();
	}

	private LocalDate today() {
		return Days.today(this.clock);
	}

}
