package org.haven.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.haven.casefile.CaseCode;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.hibernate.envers.Audited;

/**
 * A referral as stored: the package only as ciphertext under the case's data key, from
 * the moment it is sent, and never changed after. Guards its own steps: a draft is sent
 * or withdrawn; a sent referral moves only by the partner's answers, a withdrawal, a
 * revocation or its expiry.
 */
@Entity
@Table(name = "referral")
@Audited
class ReferralEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "case_code", nullable = false, updatable = false, length = 16)
	private String caseCode;

	@Column(name = "service_id", nullable = false, updatable = false)
	private UUID serviceId;

	@Column(name = "service_type", nullable = false, updatable = false, length = 64)
	private String serviceType;

	@Column(name = "partner_id", nullable = false)
	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "reason", nullable = false, length = 48)
	private ReferralReason reason;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgency", nullable = false, length = 16)
	private Urgency urgency;

	@Convert(converter = PackageChoiceColumn.class)
	@Column(name = "package_choice", nullable = false)
	private PackageChoice choice;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 24)
	private ReferralStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_reason", length = 32)
	private AnswerReason statusReason;

	@Column(name = "status_on")
	private LocalDate statusOn;

	@Column(name = "sent_on")
	private LocalDate sentOn;

	@Column(name = "respond_by")
	private LocalDate respondBy;

	@Column(name = "package")
	private byte[] sealedPackage;

	@Column(name = "package_hash", length = 64)
	private String packageHash;

	@Column(name = "override_by")
	private UUID overrideBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_reason", length = 32)
	private OverrideReason overrideReason;

	@Column(name = "override_at")
	private Instant overrideAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected ReferralEntry() {
	}

	ReferralEntry(UUID id, UUID caseId, CaseCode code, UUID serviceId, String serviceType, NewReferral referral,
			UUID createdBy, Instant createdAt) {
		this.id = id;
		this.caseId = caseId;
		this.caseCode = code.value();
		this.serviceId = serviceId;
		this.serviceType = serviceType;
		this.partnerId = referral.partner();
		this.reason = referral.reason();
		this.urgency = referral.urgency();
		this.choice = referral.choice();
		this.status = ReferralStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void overrideConsent(UUID supervisor, OverrideReason because, Instant at) {
		requireStatus(ReferralStatus.DRAFT);
		this.overrideBy = supervisor;
		this.overrideReason = because;
		this.overrideAt = at;
	}

	void send(byte[] sealedPackage, String hash, LocalDate on) {
		requireStatus(ReferralStatus.DRAFT);
		this.sealedPackage = sealedPackage;
		this.packageHash = hash;
		this.sentOn = on;
		this.respondBy = on.plus(this.urgency.answerWithin());
		moveTo(ReferralStatus.SENT, null, on);
	}

	void answer(ReferralStatus answer, AnswerReason because, LocalDate on) {
		if (!this.status.answersAfter().contains(answer)) {
			throw new InvalidInputException(Problem.of("status", "referral.answer.not-now"));
		}
		moveTo(answer, because, on);
	}

	void withdraw(LocalDate on) {
		if (!this.status.open()) {
			throw new InvalidInputException(Problem.of("status", "referral.closed"));
		}
		moveTo(ReferralStatus.WITHDRAWN, null, on);
	}

	void revoke(LocalDate on) {
		moveTo(ReferralStatus.REVOKED, null, on);
	}

	/** Returns whether this call expired it: sent, never answered, past its day. */
	boolean expireIfUnansweredBefore(LocalDate today) {
		if (this.status != ReferralStatus.SENT || !this.respondBy.isBefore(today)) {
			return false;
		}
		moveTo(ReferralStatus.EXPIRED, null, today);
		return true;
	}

	private void requireStatus(ReferralStatus expected) {
		if (this.status != expected) {
			throw new InvalidInputException(Problem.of("status", "referral.not-a-draft"));
		}
	}

	private void moveTo(ReferralStatus next, AnswerReason because, LocalDate on) {
		this.status = next;
		this.statusReason = because;
		this.statusOn = on;
	}

	static String packageField(UUID referral) {
		return "referral-package:" + referral;
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

	UUID serviceId() {
		return this.serviceId;
	}

	String serviceType() {
		return this.serviceType;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	ReferralReason reason() {
		return this.reason;
	}

	Urgency urgency() {
		return this.urgency;
	}

	PackageChoice choice() {
		return this.choice;
	}

	ReferralStatus status() {
		return this.status;
	}

	AnswerReason statusReason() {
		return this.statusReason;
	}

	LocalDate statusOn() {
		return this.statusOn;
	}

	LocalDate sentOn() {
		return this.sentOn;
	}

	LocalDate respondBy() {
		return this.respondBy;
	}

	byte[] sealedPackage() {
		return this.sealedPackage;
	}

	String packageHash() {
		return this.packageHash;
	}

	UUID overrideBy() {
		return this.overrideBy;
	}

	OverrideReason overrideReason() {
		return this.overrideReason;
	}

	Instant overrideAt() {
		return this.overrideAt;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
