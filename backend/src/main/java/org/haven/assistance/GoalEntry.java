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
import org.hibernate.envers.Audited;

/** A goal of a care plan as stored; its description only as ciphertext. */
@Entity
@Table(name = "care_goal")
@Audited
class GoalEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "need", nullable = false, updatable = false, length = 64)
	private String need;

	@Column(name = "description", nullable = false, updatable = false)
	private byte[] description;

	@Column(name = "agreed_with_person", nullable = false, updatable = false)
	private boolean agreedWithPerson;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private GoalStatus status;

	@Column(name = "status_on")
	private LocalDate statusOn;

	@Column(name = "created_by", nullable = false, updatable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected GoalEntry() {
	}

	GoalEntry(UUID id, UUID caseId, String need, byte[] description, boolean agreedWithPerson, UUID createdBy,
			Instant createdAt) {
		this.id = id;
		this.caseId = caseId;
		this.need = need;
		this.description = description;
		this.agreedWithPerson = agreedWithPerson;
		this.status = GoalStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void settle(GoalStatus status, LocalDate on) {
		this.status = status;
		this.statusOn = status == GoalStatus.OPEN ? null : on;
	}

	static String descriptionField(UUID goal) {
		return "goal-description:" + goal;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	String need() {
		return this.need;
	}

	byte[] description() {
		return this.description;
	}

	boolean agreedWithPerson() {
		return this.agreedWithPerson;
	}

	GoalStatus status() {
		return this.status;
	}

	LocalDate statusOn() {
		return this.statusOn;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
