package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A caseworker's hour on a case not assigned to them, to read it: break-glass never lets
 * anyone change a case, and it ends when the hour is over or a supervisor ends it early,
 * leaving no access behind. The reason is coded; the explanation may say anything, so it
 * is encrypted under the case's data key. Who ended or reviewed the grant is written by
 * {@link BreakGlassGrants}, once, never through this entity. The seal covers what never
 * changes (who, which case, why, from when until when); a grant without a valid one
 * grants nothing.
 */
@Entity
@Table(name = "break_glass_grant")
class BreakGlassGrant {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private UUID accountId;

	@Column(name = "reason", nullable = false, updatable = false, length = 64)
	private String reason;

	@Column(name = "explanation", updatable = false)
	private byte[] explanation;

	@Column(name = "granted_at", nullable = false, updatable = false)
	private Instant grantedAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "seal", nullable = false, updatable = false)
	private byte[] seal;

	@Column(name = "ended_at", insertable = false, updatable = false)
	private Instant endedAt;

	@Column(name = "reviewed_at", insertable = false, updatable = false)
	private Instant reviewedAt;

	protected BreakGlassGrant() {
	}

	BreakGlassGrant(UUID id, UUID caseId, UUID accountId, BreakGlassReason reason, byte[] explanation,
			Instant grantedAt, Instant expiresAt) {
		this.id = id;
		this.caseId = caseId;
		this.accountId = accountId;
		this.reason = reason.name();
		this.explanation = explanation;
		this.grantedAt = grantedAt;
		this.expiresAt = expiresAt;
	}

	/** Seals the grant before it is stored. */
	BreakGlassGrant sealedBy(CaseSeals seals) {
		this.seal = seals
			.seal(CaseSeals.grant(this.id, this.caseId, this.accountId, this.reason, this.grantedAt, this.expiresAt));
		return this;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	UUID accountId() {
		return this.accountId;
	}

	BreakGlassReason reason() {
		return BreakGlassReason.valueOf(this.reason);
	}

	byte[] explanation() {
		return this.explanation;
	}

	Instant grantedAt() {
		return this.grantedAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant endedAt() {
		return this.endedAt;
	}

	boolean activeAt(Instant now) {
		return this.endedAt == null && this.expiresAt.isAfter(now);
	}

	boolean reviewed() {
		return this.reviewedAt != null;
	}

	static String field(UUID grant) {
		return "break-glass:" + grant;
	}

}
