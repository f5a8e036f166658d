package org.haven.partner;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.haven.platform.Days;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.shared.ConflictException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of partner organisations. Administrators add and change entries;
 * caseworkers read them to choose where to refer. Every change is recorded in the audit
 * trail. A partner is never deleted: referrals keep pointing at it.
 */
@Service
@Transactional
public class PartnerDirectory {

	static final String PARTNER = "partner";

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_CONTACT_LENGTH = 500;

	static final int MAX_KEYS_LENGTH = 20_000;

	private static final String READERS = "hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.ADMIN + "')";

	private final PartnerEntries entries;

	private final ReferenceData reference;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PartnerDirectory(PartnerEntries entries, ReferenceData reference, Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.reference = reference;
		this.clock = clock;
		this.events = events;
	}

	/** Every partner, by name. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<Partner> partners() {
		return this.entries.findAll().stream().sorted(PartnerEntry.BY_NAME).map(PartnerEntry::toPartner).toList();
	}

	/** The partner, or "not found". */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public Partner partner(UUID id) {
		return this.entries.findById(id).map(PartnerEntry::toPartner).orElseThrow(() -> new NotFoundException(PARTNER));
	}

	/** The partners that offer the service, by name. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<Partner> offering(String service) {
		return partners().stream().filter(partner -> partner.offers(service)).toList();
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public Partner add(NewPartner partner) {
		NewPartner checked = check(partner);
		PartnerEntry saved = this.entries
			.saveAndFlush(new PartnerEntry(UUID.randomUUID(), checked, this.clock.instant()));
		Partner added = saved.toPartner();
		this.events.publishEvent(new PartnerAdded(added.id(), added.mayReceiveIdentityOn(Days.today(this.clock))));
		return added;
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public Partner change(UUID id, long expectedVersion, NewPartner partner) {
		PartnerEntry entry = this.entries.findById(id).orElseThrow(() -> new NotFoundException(PARTNER));
		if (entry.version() != expectedVersion) {
			throw new ConflictException(PARTNER);
		}
		entry.change(check(partner));
		Partner changed = this.entries.saveAndFlush(entry).toPartner();
		this.events.publishEvent(new PartnerChanged(id, changed.mayReceiveIdentityOn(Days.today(this.clock))));
		return changed;
	}

	private NewPartner check(NewPartner partner) {
		Problems problems = new Problems();
		String name = problems.text("name", partner.name(), MAX_NAME_LENGTH, true);
		if (partner.type() == null) {
			problems.add("type", "validation.required");
		}
		String country = partner.country() == null ? "" : partner.country().strip().toUpperCase(Locale.ROOT);
		if (!country.matches("[A-Z]{2}")) {
			problems.add("country", "partner.country.invalid");
		}
		String area = problems.text("area", partner.area(), MAX_NAME_LENGTH, false);
		if (partner.services().isEmpty()) {
			problems.add("services", "partner.services.required");
		}
		else if (partner.services()
			.stream()
			.anyMatch(service -> !this.reference.isOffered(ReferenceList.SERVICE_TYPES, service))) {
			problems.add("services", "validation.invalid");
		}
		if (partner.languages().stream().anyMatch(language -> !language.matches("[a-z]{2,3}"))) {
			problems.add("languages", "validation.invalid");
		}
		if (partner.eligibility()
			.exploitationForms()
			.stream()
			.anyMatch(form -> !this.reference.isOffered(ReferenceList.EXPLOITATION_FORMS, form))) {
			problems.add("exploitationForms", "validation.invalid");
		}
		if (partner.eligibility().nationalities().stream().anyMatch(code -> !code.matches("[A-Z]{2}"))) {
			problems.add("nationalities", "validation.invalid");
		}
		String contact = problems.lines("contactChannel", partner.contactChannel(), MAX_CONTACT_LENGTH, true);
		DataSharingAgreement agreement = partner.agreement();
		if (agreement != null) {
			if (agreement.signedOn() == null) {
				problems.add("agreementSignedOn", "validation.required");
			}
			if (agreement.expiresOn() == null) {
				problems.add("agreementExpiresOn", "validation.required");
			}
			else if (agreement.signedOn() != null && agreement.expiresOn().isBefore(agreement.signedOn())) {
				problems.add("agreementExpiresOn", "partner.agreement.expires-before-signed");
			}
			problems.text("agreementDocument", agreement.documentReference(), MAX_NAME_LENGTH, true);
		}
		String keys = partner.publicKeys() == null || partner.publicKeys().isBlank() ? null
				: problems.lines("publicKeys", partner.publicKeys(), MAX_KEYS_LENGTH, false);
		if (keys != null && !problems.hasProblemWith("publicKeys") && PartnerKeys.parse(keys).isEmpty()) {
			problems.add("publicKeys", "partner.keys.invalid");
		}
		problems.throwIfAny();
		return new NewPartner(name, partner.type(), country, area == null ? "" : area, partner.languages(),
				partner.services(), partner.eligibility(), contact,
				agreement == null ? null : new DataSharingAgreement(agreement.signedOn(), agreement.expiresOn(),
						agreement.documentReference().strip()),
				keys);
	}

}
