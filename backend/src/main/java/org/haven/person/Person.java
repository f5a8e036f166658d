package org.haven.person;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person as stored: identity fields as ciphertexts only (the entity never holds them in
 * clear), the profile as codes. An erased person keeps the profile, for statistics, and
 * nothing else.
 */
@Entity
@Table(name = "person")
class Person {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "code", nullable = false, updatable = false, length = 16)
	private String code;

	@Column(name = "given_names")
	private byte[] givenNames;

	@Column(name = "family_names")
	private byte[] familyNames;

	@Column(name = "aliases")
	private byte[] aliases;

	@Column(name = "date_of_birth")
	private byte[] dateOfBirth;

	@Column(name = "phone_numbers")
	private byte[] phoneNumbers;

	@Column(name = "email")
	private byte[] email;

	@Column(name = "addresses")
	private byte[] addresses;

	@Column(name = "document_type")
	private byte[] documentType;

	@Column(name = "document_number")
	private byte[] documentNumber;

	@Column(name = "identifying_remarks")
	private byte[] identifyingRemarks;

	@Column(name = "gender", length = 32)
	private String gender;

	@Column(name = "birth_year")
	private Integer birthYear;

	@Column(name = "age_band", length = 16)
	private String ageBand;

	@Column(name = "nationality", length = 16)
	private String nationality;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "languages", columnDefinition = "varchar(8)[]")
	private String[] languages;

	@Column(name = "disability", length = 32)
	private String disability;

	@Column(name = "migration_status", length = 32)
	private String migrationStatus;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "vulnerability_factors", columnDefinition = "varchar(64)[]")
	private String[] vulnerabilityFactors;

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(name = "erasure_reason", length = 32)
	private String erasureReason;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected Person() {
	}

	Person(UUID id, PersonCode code, Instant now) {
		this.id = id;
		this.code = code.value();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void storeIdentity(EncryptedIdentity identity, Instant now) {
		requireNotErased();
		this.givenNames = identity.givenNames();
		this.familyNames = identity.familyNames();
		this.aliases = identity.aliases();
		this.dateOfBirth = identity.dateOfBirth();
		this.phoneNumbers = identity.phoneNumbers();
		this.email = identity.email();
		this.addresses = identity.addresses();
		this.documentType = identity.documentType();
		this.documentNumber = identity.documentNumber();
		this.identifyingRemarks = identity.identifyingRemarks();
		this.updatedAt = now;
	}

	EncryptedIdentity encryptedIdentity() {
		return new EncryptedIdentity(this.givenNames, this.familyNames, this.aliases, this.dateOfBirth,
				this.phoneNumbers, this.email, this.addresses, this.documentType, this.documentNumber,
				this.identifyingRemarks);
	}

	void changeProfile(Profile profile, Instant now) {
		requireNotErased();
		this.gender = name(profile.gender());
		this.birthYear = profile.birthYear();
		this.ageBand = name(profile.ageBand());
		this.nationality = profile.nationality();
		this.languages = profile.languages().toArray(String[]::new);
		this.disability = name(profile.disability());
		this.migrationStatus = name(profile.migrationStatus());
		this.vulnerabilityFactors = profile.vulnerabilityFactors()
			.stream()
			.map(Enum::name)
			.sorted()
			.toArray(String[]::new);
		this.updatedAt = now;
	}

	Profile profile() {
		return profileOf(this.gender, this.birthYear, this.ageBand, this.nationality, this.languages, this.disability,
				this.migrationStatus, this.vulnerabilityFactors);
	}

	/** The coded profile stored in these columns. */
	static Profile profileOf(String gender, Integer birthYear, String ageBand, String nationality, String[] languages,
			String disability, String migrationStatus, String[] vulnerabilityFactors) {
		Set<VulnerabilityFactor> factors = vulnerabilityFactors == null ? Set.of()
				: Arrays.stream(vulnerabilityFactors)
					.map(VulnerabilityFactor::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(VulnerabilityFactor.class)));
		return new Profile(gender == null ? null : Gender.valueOf(gender), birthYear,
				ageBand == null ? null : AgeBand.valueOf(ageBand), nationality,
				languages == null ? List.of() : List.of(languages),
				disability == null ? null : Disability.valueOf(disability),
				migrationStatus == null ? null : MigrationStatus.valueOf(migrationStatus), factors);
	}

	/**
	 * Keeps the profile; the identity's ciphertexts go, and with the data key any copy of
	 * them.
	 */
	void erase(ErasureReason reason, Instant now) {
		requireNotErased();
		storeIdentity(EncryptedIdentity.NONE, now);
		this.erasedAt = now;
		this.erasureReason = reason.name();
	}

	boolean isErased() {
		return this.erasedAt != null;
	}

	private void requireNotErased() {
		if (isErased()) {
			throw new PersonErasedException(new PersonCode(this.code));
		}
	}

	UUID id() {
		return this.id;
	}

	PersonCode code() {
		return new PersonCode(this.code);
	}

	long version() {
		return this.version;
	}

	Instant erasedAt() {
		return this.erasedAt;
	}

	PersonSummary summary() {
		return new PersonSummary(code(), profile(), isErased(), this.version, this.createdAt);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
