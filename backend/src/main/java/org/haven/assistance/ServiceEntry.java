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
 * A service of a care plan as stored; its outcome only as ciphertext. Once past its due
 * date while still to come, it raises one task.
 */
@Entity
@Table(name = "care_service")
@Audited
class ServiceEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "case_code", nullable = false, updatable = false, length = 16)
	private String caseCode;

	@Column(name = "goal_id", nullable = false, updatable = false)
	private UUID goalId;

	@Column(name = "service_type", nullable = false, updatable = false, length = 64)
	private String type;

	@Enumerated(EnumType.STRING)
	@Column(name = "provided_by", nullable = false, updatable = false, length = 16)
	private ProvidedBy providedBy;

	@Column(name = "provider", updatable = false, length = 200)
	private String provider;

	@Column(name = "requested_on", nullable = false, updatable = false)
	private LocalDate requestedOn;

	@Column(name = "due_by", updatable = false)
	private LocalDate dueBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	private ServiceStatus status;

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "outcome")
	private byte[] outcome;

	@Column(name = "overdue_task_raised", nullable = false)
	private boolean overdueTaskRaised;

	@Column(name = "created_by", nullable = false, updatable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected ServiceEntry() {
	}

	ServiceEntry(UUID id, UUID caseId, CaseCode code, UUID goalId, NewService service, UUID createdBy,
			Instant createdAt) {
		this.id = id;
		this.caseId = caseId;
		this.caseCode = code.value();
		this.goalId = goalId;
		this.type = service.type();
		this.providedBy = service.providedBy();
		this.provider = service.provider();
		this.requestedOn = service.requestedOn();
		this.dueBy = service.dueBy();
		this.status = ServiceStatus.PLANNED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void update(ServiceStatus status, LocalDate deliveredOn, byte[] outcome) {
		this.status = status;
		this.deliveredOn = status == ServiceStatus.DELIVERED ? deliveredOn : null;
		this.outcome = outcome;
	}

	/** Returns whether this call is the one that raises the overdue task. */
	boolean overdueTaskDue() {
		if (this.overdueTaskRaised || !this.status.stillDue()) {
			return false;
		}
		this.overdueTaskRaised = true;
		return true;
	}

	static String outcomeField(UUID service) {
		return "service-outcome:" + service;
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

	UUID goalId() {
		return this.goalId;
	}

	String type() {
		return this.type;
	}

	ProvidedBy providedBy() {
		return this.providedBy;
	}

	String provider() {
		return this.provider;
	}

	LocalDate requestedOn() {
		return this.requestedOn;
	}

	LocalDate dueBy() {
		return this.dueBy;
	}

	ServiceStatus status() {
		return this.status;
	}

	LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	byte[] outcome() {
		return this.outcome;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
