package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An intake draft as stored: the identity typed so far as one ciphertext under the
 * draft's own data key, and the referral it began with, if any (coded).
 */
@Entity
@Table(name = "intake_draft")
class DraftEntry {

	static final String IDENTITY_FIELD = "draft-identity";

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private UUID ownerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "step", nullable = false, length = 32)
	private IntakeStep step;

	@Column(name = "identity")
	private byte[] identity;

	@Convert(converter = JsonColumns.IntakeAnswersColumn.class)
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "answers", nullable = false)
	private IntakeAnswers answers;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Embedded
	private ReferralColumns referredIn;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected DraftEntry() {
	}

	DraftEntry(UUID id, UUID ownerId, Instant now, ReferredIn referredIn) {
		this.id = id;
		this.ownerId = ownerId;
		this.step = IntakeStep.CONSENT;
		this.answers = IntakeAnswers.notAskedYet();
		this.createdAt = now;
		this.updatedAt = now;
		this.referredIn = ReferralColumns.of(referredIn);
	}

	/** The referral the intake began with, for the case it makes. */
	ReferredIn referredIn() {
		return this.referredIn == null ? null : this.referredIn.value();
	}

	void save(IntakeStep step, byte[] identity, IntakeAnswers answers, Instant now) {
		this.step = step == null ? this.step : step;
		this.identity = identity;
		this.answers = answers == null ? IntakeAnswers.notAskedYet() : answers;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	IntakeStep step() {
		return this.step;
	}

	byte[] identity() {
		return this.identity;
	}

	IntakeAnswers answers() {
		return this.answers;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	DraftSummary summary() {
		return new DraftSummary(new DraftId(this.id), this.step, this.createdAt, this.updatedAt);
	}

}
