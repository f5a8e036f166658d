package org.haven.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.haven.crypto.AuthorizationSeal;
import org.hibernate.annotations.Immutable;

/**
 * One version of the consent for a purpose of a case, as stored: written once, never
 * changed (the database grants the application no UPDATE or DELETE). Its seal covers what
 * decides whether the data may be used, so that a row written outside Haven permits
 * nothing. The withdrawal reason is stored only as ciphertext under the case's data key.
 */
@Entity
@Table(name = "consent_record")
@Immutable
class ConsentEntry {

	static final String SEAL_KIND = "consent-record";

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "person_code", nullable = false, updatable = false, length = 16)
	private String personCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "purpose", nullable = false, updatable = false, length = 40)
	private ConsentPurpose purpose;

	@Column(name = "scope", nullable = false, updatable = false, length = 200)
	private String scope;

	@Column(name = "version", nullable = false, updatable = false)
	private int version;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_basis", nullable = false, updatable = false, length = 40)
	private LegalBasis legalBasis;

	@Enumerated(EnumType.STRING)
	@Column(name = "given_by", updatable = false, length = 40)
	private ConsentGiver givenBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "child_assent", updatable = false, length = 40)
	private ChildAssent childAssent;

	@Enumerated(EnumType.STRING)
	@Column(name = "method", updatable = false, length = 20)
	private ConsentMethod method;

	@Column(name = "notice_version", updatable = false, length = 40)
	private String noticeVersion;

	@Column(name = "notice_language", updatable = false, length = 16)
	private String noticeLanguage;

	@Column(name = "interpreter_used", nullable = false, updatable = false)
	private boolean interpreterUsed;

	@Column(name = "informed_of", nullable = false, updatable = false, length = 200)
	private String informedOf;

	@Column(name = "given_on", nullable = false, updatable = false)
	private LocalDate givenOn;

	@Column(name = "expires_on", updatable = false)
	private LocalDate expiresOn;

	@Column(name = "withdrawn_on", updatable = false)
	private LocalDate withdrawnOn;

	@Column(name = "withdrawal_reason", updatable = false)
	private byte[] withdrawalReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, updatable = false, length = 20)
	private ConsentSource source;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "seal", nullable = false, updatable = false)
	private byte[] seal;

	protected ConsentEntry() {
	}

	private ConsentEntry(UUID id, UUID caseId, String personCode, ConsentPurpose purpose, String scope, int version,
			ConsentSource source, UUID recordedBy, Instant recordedAt) {
		this.id = id;
		this.caseId = caseId;
		this.personCode = personCode;
		this.purpose = purpose;
		this.scope = scope;
		this.version = version;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** The first or a new version of the consent for a purpose, as given. */
	static ConsentEntry given(UUID caseId, String personCode, int version, NewConsent consent, ConsentSource source,
			UUID recordedBy, Instant recordedAt) {
		ConsentEntry entry = new ConsentEntry(UUID.randomUUID(), caseId, personCode, consent.purpose(),
				scopeOf(consent.scope()), version, source, recordedBy, recordedAt);
		entry.legalBasis = consent.legalBasis();
		boolean consented = consent.legalBasis() == LegalBasis.CONSENT;
		entry.givenBy = consented ? consent.givenBy() : null;
		entry.childAssent = consented ? consent.childAssent() : null;
		entry.method = consented ? consent.method() : null;
		entry.noticeVersion = consented ? consent.noticeVersion() : null;
		entry.noticeLanguage = consented ? consent.noticeLanguage() : null;
		entry.interpreterUsed = consented && consent.interpreterUsed();
		entry.informedOf = consented ? codes(consent.informedOf()) : "";
		entry.givenOn = consent.givenOn();
		entry.expiresOn = consent.expiresOn();
		return entry;
	}

	/**
	 * The next version, with the given id: this one, withdrawn on that day, for the
	 * reason (ciphertext bound to that id).
	 */
	ConsentEntry withdrawn(UUID id, LocalDate on, byte[] reason, UUID recordedBy, Instant recordedAt) {
		ConsentEntry entry = new ConsentEntry(id, this.caseId, this.personCode, this.purpose, this.scope,
				this.version + 1, ConsentSource.LEDGER, recordedBy, recordedAt);
		entry.legalBasis = this.legalBasis;
		entry.givenBy = this.givenBy;
		entry.childAssent = this.childAssent;
		entry.method = this.method;
		entry.noticeVersion = this.noticeVersion;
		entry.noticeLanguage = this.noticeLanguage;
		entry.interpreterUsed = this.interpreterUsed;
		entry.informedOf = this.informedOf;
		entry.givenOn = this.givenOn;
		entry.expiresOn = this.expiresOn;
		entry.withdrawnOn = on;
		entry.withdrawalReason = reason;
		return entry;
	}

	/**
	 * What the seal covers: whose consent, for what, which version, and when it holds.
	 */
	AuthorizationSeal.Row row() {
		return row(this.id, this.caseId, this.personCode, this.purpose, this.scope, this.version, this.legalBasis,
				this.givenOn, this.expiresOn, this.withdrawnOn);
	}

	/** What the seal of a version with these values covers, as {@link #row()}. */
	static AuthorizationSeal.Row row(UUID id, UUID caseId, String personCode, ConsentPurpose purpose, String scope,
			int version, LegalBasis legalBasis, LocalDate givenOn, LocalDate expiresOn, LocalDate withdrawnOn) {
		return AuthorizationSeal.row(SEAL_KIND)
			.with(id)
			.with(caseId)
			.with(personCode)
			.with(purpose)
			.with(scope)
			.with(version)
			.with(legalBasis)
			.with(String.valueOf(givenOn))
			.with(String.valueOf(expiresOn))
			.with(String.valueOf(withdrawnOn));
	}

	void sealWith(byte[] seal) {
		this.seal = seal;
	}

	static String scopeOf(String scope) {
		return scope == null ? "" : scope;
	}

	static String reasonField(UUID entry) {
		return "consent-withdrawal:" + entry;
	}

	private static String codes(Set<InformedOf> points) {
		return points.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	String informedOfCodes() {
		return this.informedOf;
	}

	String personCode() {
		return this.personCode;
	}

	Set<InformedOf> informedOf() {
		if (this.informedOf.isEmpty()) {
			return Set.of();
		}
		Set<InformedOf> points = EnumSet.noneOf(InformedOf.class);
		Arrays.stream(this.informedOf.split(",")).map(InformedOf::valueOf).forEach(points::add);
		return points;
	}

	UUID id() {
		return this.id;
	}

	UUID caseId() {
		return this.caseId;
	}

	ConsentPurpose purpose() {
		return this.purpose;
	}

	String scope() {
		return this.scope;
	}

	int version() {
		return this.version;
	}

	LegalBasis legalBasis() {
		return this.legalBasis;
	}

	ConsentGiver givenBy() {
		return this.givenBy;
	}

	ChildAssent childAssent() {
		return this.childAssent;
	}

	ConsentMethod method() {
		return this.method;
	}

	String noticeVersion() {
		return this.noticeVersion;
	}

	String noticeLanguage() {
		return this.noticeLanguage;
	}

	boolean interpreterUsed() {
		return this.interpreterUsed;
	}

	LocalDate givenOn() {
		return this.givenOn;
	}

	LocalDate expiresOn() {
		return this.expiresOn;
	}

	LocalDate withdrawnOn() {
		return this.withdrawnOn;
	}

	byte[] withdrawalReason() {
		return this.withdrawalReason;
	}

	ConsentSource source() {
		return this.source;
	}

	UUID recordedBy() {
		return this.recordedBy;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	byte[] seal() {
		return this.seal;
	}

}
