package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * How the case began, as part of it: the caseworker who took the person in, when, the
 * person's consent to have their case recorded, without which the intake makes no case,
 * and, when another organisation referred the person, who (by type), when and why. It
 * never changes.
 */
@Embeddable
class CaseOpening {

	@Column(name = "consent_to_record", nullable = false)
	private boolean consentToRecord;

	@Column(name = "consent_recorded_at", nullable = false)
	private Instant consentRecordedAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Embedded
	private ReferralColumns referredIn;

	protected CaseOpening() {
	}

	CaseOpening(UUID caseworker, Instant now) {
		this.consentToRecord = true;
		this.consentRecordedAt = now;
		this.createdBy = caseworker;
		this.createdAt = now;
	}

	boolean consentToRecord() {
		return this.consentToRecord;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	/** The case began with a referral to this organisation: who referred, when, why. */
	void referredIn(ReferredIn referral) {
		this.referredIn = ReferralColumns.of(referral);
	}

	ReferredIn referredIn() {
		return this.referredIn == null ? null : this.referredIn.value();
	}

}
