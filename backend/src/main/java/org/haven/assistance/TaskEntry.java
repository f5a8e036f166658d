package org.haven.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.haven.casefile.CaseCode;
import org.hibernate.envers.Audited;

/**
 * A task as stored. It guards its own rules: only an open task is done or cancelled, and
 * a task overdue past its grace is escalated once. Its title, for a task raised by hand,
 * is ciphertext only.
 */
@Entity
@Table(name = "care_task")
@Audited
class TaskEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "case_code", nullable = false, updatable = false, length = 16)
	private String caseCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, updatable = false, length = 32)
	private TaskKind kind;

	@Column(name = "title", updatable = false)
	private byte[] title;

	@Column(name = "subject", updatable = false, length = 250)
	private String subject;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "assigned_to", nullable = false)
	private UUID assignedTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private TaskStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "cancelled_because", length = 32)
	private TaskCancellation cancelledBecause;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** Null until stored, so that saving a new task inserts and never merges. */
	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected TaskEntry() {
	}

	TaskEntry(UUID id, UUID caseId, CaseCode code, TaskKind kind, byte[] title, LocalDate dueOn, UUID assignedTo,
			UUID createdBy, Instant createdAt) {
		this.id = id;
		this.caseId = caseId;
		this.caseCode = code.value();
		this.kind = kind;
		this.title = title;
		this.dueOn = dueOn;
		this.assignedTo = assignedTo;
		this.status = TaskStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A policy's task about something it names by code, such as a consent's purpose. */
	static TaskEntry about(String subject, UUID caseId, CaseCode code, TaskKind kind, LocalDate dueOn, UUID assignedTo,
			Instant createdAt) {
		TaskEntry entry = new TaskEntry(UUID.randomUUID(), caseId, code, kind, null, dueOn, assignedTo, assignedTo,
				createdAt);
		entry.subject = subject;
		return entry;
	}

	void done(LocalDate on) {
		requireOpen();
		this.status = TaskStatus.DONE;
		this.doneOn = on;
	}

	void cancel(TaskCancellation because) {
		requireOpen();
		this.status = TaskStatus.CANCELLED;
		this.cancelledBecause = because;
	}

	/** Returns whether this call escalated it: once only, and only while open. */
	boolean escalate(Instant now) {
		if (this.status != TaskStatus.OPEN || this.escalatedAt != null) {
			return false;
		}
		this.escalatedAt = now;
		return true;
	}

	private void requireOpen() {
		if (this.status != TaskStatus.OPEN) {
			throw new TaskClosed();
		}
	}

	static String titleField(UUID task) {
		return "task-title:" + task;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	CaseCode code() {
		return new CaseCode(this.caseCode);
	}

	TaskKind kind() {
		return this.kind;
	}

	byte[] title() {
		return this.title;
	}

	String subject() {
		return this.subject;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	UUID assignedTo() {
		return this.assignedTo;
	}

	TaskStatus status() {
		return this.status;
	}

	TaskCancellation cancelledBecause() {
		return this.cancelledBecause;
	}

	LocalDate doneOn() {
		return this.doneOn;
	}

	boolean escalated() {
		return this.escalatedAt != null;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
