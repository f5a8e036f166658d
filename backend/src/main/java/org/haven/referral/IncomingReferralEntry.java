package org.haven.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.hibernate.envers.Audited;

/**
 * A referral received, as stored: its package only as ciphertext under a data key of its
 * own, so that it can be shredded with nothing else.
 */
@Entity
@Table(name = "incoming_referral")
@Audited
class IncomingReferralEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, updatable = false, length = 16)
	private IncomingSource source;

	@Column(name = "partner_id", updatable = false)
	private UUID partnerId;

	@Column(name = "referring_organisation", nullable = false, updatable = false, length = 200)
	private String referringOrganisation;

	@Column(name = "sender_referral_id", updatable = false)
	private UUID senderReferralId;

	@Column(name = "referred_on", nullable = false, updatable = false)
	private LocalDate referredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "reason", nullable = false, updatable = false, length = 48)
	private ReferralReason reason;

	@Column(name = "service_type", updatable = false, length = 64)
	private String serviceType;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgency", updatable = false, length = 16)
	private Urgency urgency;

	@Column(name = "respond_by", updatable = false)
	private LocalDate respondBy;

	@Column(name = "package", updatable = false)
	private byte[] sealedPackage;

	@Convert(converter = FieldNamesColumn.class)
	@Column(name = "package_fields", nullable = false, updatable = false)
	private List<String> fields;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private IncomingStatus status;

	@Column(name = "draft_id")
	private UUID draftId;

	@Column(name = "received_by", nullable = false, updatable = false)
	private UUID receivedBy;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected IncomingReferralEntry() {
	}

	static IncomingReferralEntry fromFile(UUID id, UUID partner, String organisation, ReferralPackage received,
			byte[] sealedPackage, List<String> fields, UUID receivedBy, Instant at) {
		IncomingReferralEntry entry = new IncomingReferralEntry();
		entry.id = id;
		entry.source = IncomingSource.HAVEN_FILE;
		entry.partnerId = partner;
		entry.referringOrganisation = organisation;
		entry.senderReferralId = received.referral();
		entry.referredOn = received.sentOn();
		entry.reason = received.reason();
		entry.serviceType = received.service();
		entry.urgency = received.urgency();
		entry.respondBy = received.respondBy();
		entry.sealedPackage = sealedPackage;
		entry.fields = List.copyOf(fields);
		entry.status = IncomingStatus.RECEIVED;
		entry.receivedBy = receivedBy;
		entry.receivedAt = at;
		return entry;
	}

	static IncomingReferralEntry byHand(UUID id, String organisation, LocalDate on, ReferralReason reason, UUID draft,
			UUID receivedBy, Instant at) {
		IncomingReferralEntry entry = new IncomingReferralEntry();
		entry.id = id;
		entry.source = IncomingSource.BY_HAND;
		entry.referringOrganisation = organisation;
		entry.referredOn = on;
		entry.reason = reason;
		entry.fields = List.of();
		entry.status = IncomingStatus.ACCEPTED;
		entry.draftId = draft;
		entry.receivedBy = receivedBy;
		entry.receivedAt = at;
		return entry;
	}

	void accept(UUID draft) {
		requireReceived();
		this.status = IncomingStatus.ACCEPTED;
		this.draftId = draft;
	}

	void decline() {
		requireReceived();
		this.status = IncomingStatus.DECLINED;
	}

	void revoke() {
		this.status = IncomingStatus.REVOKED;
	}

	private void requireReceived() {
		if (this.status != IncomingStatus.RECEIVED) {
			throw new InvalidInputException(Problem.of("status", "referral.incoming.decided"));
		}
	}

	static String packageField(UUID incoming) {
		return "incoming-referral-package:" + incoming;
	}

	UUID id() {
		return this.id;
	}

	IncomingSource source() {
		return this.source;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	String referringOrganisation() {
		return this.referringOrganisation;
	}

	UUID senderReferralId() {
		return this.senderReferralId;
	}

	LocalDate referredOn() {
		return this.referredOn;
	}

	ReferralReason reason() {
		return this.reason;
	}

	String serviceType() {
		return this.serviceType;
	}

	Urgency urgency() {
		return this.urgency;
	}

	LocalDate respondBy() {
		return this.respondBy;
	}

	byte[] sealedPackage() {
		return this.sealedPackage;
	}

	List<String> fields() {
		return this.fields;
	}

	IncomingStatus status() {
		return this.status;
	}

	UUID draftId() {
		return this.draftId;
	}

	UUID receivedBy() {
		return this.receivedBy;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
