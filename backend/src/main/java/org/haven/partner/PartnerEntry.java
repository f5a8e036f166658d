package org.haven.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.hibernate.envers.Audited;

/** A partner organisation as stored: coded lists as comma-separated codes. */
@Entity
@Table(name = "partner")
@Audited
class PartnerEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "org_type", nullable = false, length = 48)
	private OrganisationType type;

	@Column(name = "country", nullable = false, length = 2)
	private String country;

	@Column(name = "area", nullable = false, length = 200)
	private String area;

	@Convert(converter = CodesColumn.class)
	@Column(name = "languages", nullable = false)
	private List<String> languages;

	@Convert(converter = CodesColumn.class)
	@Column(name = "services", nullable = false)
	private List<String> services;

	@Convert(converter = CodesColumn.class)
	@Column(name = "eligible_genders", nullable = false)
	private List<String> genders;

	@Convert(converter = CodesColumn.class)
	@Column(name = "eligible_age_bands", nullable = false)
	private List<String> ageBands;

	@Convert(converter = CodesColumn.class)
	@Column(name = "eligible_nationalities", nullable = false)
	private List<String> nationalities;

	@Convert(converter = CodesColumn.class)
	@Column(name = "eligible_exploitation_forms", nullable = false)
	private List<String> exploitationForms;

	@Column(name = "contact_channel", nullable = false, length = 500)
	private String contactChannel;

	@Column(name = "agreement_signed_on")
	private LocalDate agreementSignedOn;

	@Column(name = "agreement_expires_on")
	private LocalDate agreementExpiresOn;

	@Column(name = "agreement_document", length = 200)
	private String agreementDocument;

	@Column(name = "public_keys")
	private String publicKeys;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected PartnerEntry() {
	}

	PartnerEntry(UUID id, NewPartner partner, Instant createdAt) {
		this.id = id;
		this.createdAt = createdAt;
		change(partner);
	}

	void change(NewPartner partner) {
		this.name = partner.name();
		this.type = partner.type();
		this.country = partner.country();
		this.area = partner.area();
		this.languages = List.copyOf(partner.languages());
		this.services = partner.services().stream().sorted().toList();
		this.genders = partner.eligibility().genders().stream().sorted().map(Enum::name).toList();
		this.ageBands = partner.eligibility().ageBands().stream().sorted().map(Enum::name).toList();
		this.nationalities = partner.eligibility().nationalities().stream().sorted().toList();
		this.exploitationForms = partner.eligibility().exploitationForms().stream().sorted().toList();
		this.contactChannel = partner.contactChannel();
		DataSharingAgreement agreement = partner.agreement();
		this.agreementSignedOn = agreement == null ? null : agreement.signedOn();
		this.agreementExpiresOn = agreement == null ? null : agreement.expiresOn();
		this.agreementDocument = agreement == null ? null : agreement.documentReference();
		this.publicKeys = partner.publicKeys();
	}

	UUID id() {
		return this.id;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	Partner toPartner() {
		EnumSet<Gender> eligibleGenders = EnumSet.noneOf(Gender.class);
		this.genders.forEach(code -> eligibleGenders.add(Gender.valueOf(code)));
		EnumSet<AgeBand> eligibleAges = EnumSet.noneOf(AgeBand.class);
		this.ageBands.forEach(code -> eligibleAges.add(AgeBand.valueOf(code)));
		return new Partner(this.id, this.name, this.type, this.country, this.area, List.copyOf(this.languages),
				new LinkedHashSet<>(this.services),
				new Eligibility(eligibleGenders, eligibleAges, new LinkedHashSet<>(this.nationalities),
						new LinkedHashSet<>(this.exploitationForms)),
				this.contactChannel,
				this.agreementSignedOn == null ? null : new DataSharingAgreement(this.agreementSignedOn,
						this.agreementExpiresOn, this.agreementDocument),
				this.publicKeys, version());
	}

	static final Comparator<PartnerEntry> BY_NAME = Comparator.comparing(entry -> entry.name.toLowerCase());

}
