package org.haven.assessment;

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
import org.jspecify.annotations.Nullable;

/**
 * An administration as stored: codes, day and levels; its answers apart. Written once.
 */
@Entity
@Table(name = "assessment_administration")
@Audited
class AdministrationEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "person_code", nullable = false, updatable = false, length = 16)
	private String personCode;

	@Column(name = "instrument_code", nullable = false, updatable = false, length = 40)
	private String instrumentCode;

	@Column(name = "instrument_version", nullable = false, updatable = false)
	private int instrumentVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, updatable = false, length = 16)
	private AdministrationKind kind;

	@Column(name = "administered_on", nullable = false, updatable = false)
	private LocalDate administeredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "overall_risk", nullable = false, updatable = false, length = 20)
	private RiskLevel overallRisk;

	@Enumerated(EnumType.STRING)
	@Column(name = "screen_risk", updatable = false, length = 20)
	private @Nullable RiskLevel screenRisk;

	/** The after-care check a POST_CLOSURE administration was recorded at; else none. */
	@Column(name = "after_care_check_id", updatable = false)
	private @Nullable UUID afterCareCheck;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected AdministrationEntry() {
	}

	AdministrationEntry(UUID id, UUID caseId, String personCode, InstrumentVersion instrument, AdministrationKind kind,
			LocalDate administeredOn, RiskLevel overallRisk, @Nullable RiskLevel screenRisk,
			@Nullable UUID afterCareCheck, UUID recordedBy, Instant recordedAt) {
		this.id = id;
		this.caseId = caseId;
		this.personCode = personCode;
		this.instrumentCode = instrument.code();
		this.instrumentVersion = instrument.version();
		this.kind = kind;
		this.administeredOn = administeredOn;
		this.overallRisk = overallRisk;
		this.screenRisk = screenRisk;
		this.afterCareCheck = afterCareCheck;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	InstrumentVersion instrument() {
		return new InstrumentVersion(this.instrumentCode, this.instrumentVersion);
	}

	AdministrationKind kind() {
		return this.kind;
	}

	LocalDate administeredOn() {
		return this.administeredOn;
	}

	RiskLevel overallRisk() {
		return this.overallRisk;
	}

	@Nullable RiskLevel screenRisk() {
		return this.screenRisk;
	}

	@Nullable UUID afterCareCheck() {
		return this.afterCareCheck;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
