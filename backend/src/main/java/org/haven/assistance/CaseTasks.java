package org.haven.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.platform.Days;
import org.haven.shared.ConflictException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's tasks, kept by its caseworkers: read by whoever may work on the case (by
 * break-glass too), raised, done and cancelled by its assigned caseworkers. A closed case
 * takes no new task. Every read and change is recorded in the audit trail.
 */
@Service
@Transactional
public class CaseTasks {

	static final String TASK = "task";

	static final int MAX_TITLE_LENGTH = 500;

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private final TaskEntries entries;

	private final CaseWork cases;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseTasks(TaskEntries entries, CaseWork cases, FieldEncryption encryption, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.cases = cases;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Every task of the case, open ones first by their day, titles included. */
	@PreAuthorize(CASEWORKER)
	public List<Task> tasks(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "tasks:read");
		List<TaskEntry> found = this.entries.findOfCase(worked.id());
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(found.stream().map(TaskEntry::assignedTo).distinct().toList());
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		this.events.publishEvent(new CaseTasksRead(worked.code()));
		return found.stream().map(entry -> task(entry, cipher, usernames)).toList();
	}

	/** A task the caseworker writes down for themself, due on that day. */
	@PreAuthorize(CASEWORKER)
	public Task add(CaseCode code, String title, LocalDate dueOn) {
		WorkedCase worked = this.cases.forChange(code, "tasks:add");
		Problems problems = new Problems();
		String checked = problems.text("title", title, MAX_TITLE_LENGTH, true);
		if (dueOn == null) {
			problems.add("dueOn", "validation.required");
		}
		else if (dueOn.isBefore(today())) {
			problems.add("dueOn", "task.due-on.past");
		}
		if (worked.status() == CaseStatus.CLOSED) {
			problems.add("title", "task.case-closed");
		}
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		UUID me = me();
		TaskEntry entry = new TaskEntry(id, worked.id(), worked.code(), TaskKind.BY_HAND,
				cipher.encrypt(TaskEntry.titleField(id), checked), dueOn, me, me, this.clock.instant());
		TaskEntry saved = this.entries.saveAndFlush(entry);
		this.events.publishEvent(new TaskAdded(worked.code(), TaskKind.BY_HAND));
		return task(saved, cipher, this.accounts.usernamesOf(List.of(me)));
	}

	/** The task is done, today. */
	@PreAuthorize(CASEWORKER)
	public Task done(CaseCode code, UUID task, long expectedVersion) {
		WorkedCase worked = this.cases.forChange(code, "tasks:done");
		TaskEntry entry = load(worked, task, expectedVersion);
		entry.done(today());
		TaskEntry saved = this.entries.saveAndFlush(entry);
		this.events.publishEvent(new TaskDone(worked.code(), saved.kind()));
		return task(saved, this.encryption.cipherFor(worked.id()),
				this.accounts.usernamesOf(List.of(saved.assignedTo())));
	}

	/** The task is no longer needed. */
	@PreAuthorize(CASEWORKER)
	public Task cancel(CaseCode code, UUID task, long expectedVersion) {
		WorkedCase worked = this.cases.forChange(code, "tasks:cancel");
		TaskEntry entry = load(worked, task, expectedVersion);
		entry.cancel(TaskCancellation.NO_LONGER_NEEDED);
		TaskEntry saved = this.entries.saveAndFlush(entry);
		this.events.publishEvent(new TaskCancelled(worked.code(), saved.kind(), TaskCancellation.NO_LONGER_NEEDED));
		return task(saved, this.encryption.cipherFor(worked.id()),
				this.accounts.usernamesOf(List.of(saved.assignedTo())));
	}

	private TaskEntry load(WorkedCase worked, UUID task, long expectedVersion) {
		TaskEntry entry = this.entries.findById(task)
			.filter(found -> found.caseId().equals(worked.id()))
			.orElseThrow(() -> new NotFoundException(TASK));
		if (entry.version() != expectedVersion) {
			throw new ConflictException(TASK);
		}
		return entry;
	}

	static Task task(TaskEntry entry, OwnerCipher cipher, Map<UUID, String> usernames) {
		String title = entry.title() == null ? null : cipher.decrypt(TaskEntry.titleField(entry.id()), entry.title());
		return new Task(entry.id(), entry.kind(), title, entry.subject(), entry.dueOn(),
				usernames.get(entry.assignedTo()), entry.status(), entry.cancelledBecause(), entry.doneOn(),
				entry.escalated(), entry.version());
	}

	private UUID me() {
		return this.accounts.signedInAccount();
	}

	/** Today where Haven runs, as its users' screens reckon it. */
	private LocalDate today() {
		return Days.today(this.clock);
	}

}
