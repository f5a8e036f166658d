package org.haven.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountDirectory;
import org.haven.assistance.ReferredServices;
import org.haven.assistance.ServiceStatus;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentState;
import org.haven.consent.PartnerScope;
import org.haven.crypto.FieldEncryption;
import org.haven.partner.Partner;
import org.haven.partner.PartnerLookup;
import org.haven.person.Profile;
import org.haven.person.PersonService;
import org.haven.platform.Days;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.RecordDamagedException;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's referrals to partner organisations. Drafted from a service line provided by a
 * partner, to a partner of the directory that offers the service and serves the person;
 * previewed exactly as the partner will receive it; sent only while the person's consent
 * to share with that partner is live (or a supervisor overrode its absence, for a coded
 * reason), and with identity only to a partner whose data-sharing agreement is live. The
 * server decides both, whatever the screen sent. On sending the package is frozen,
 * encrypted under the case's data key, and its hash written to the audit trail.
 */
@Service
@Transactional
public class Referrals {

	static final String REFERRAL = "referral";

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private static final String SUPERVISOR = "hasRole('" + Roles.SUPERVISOR + "')";

	private final ReferralEntries entries;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final PartnerLookup partners;

	private final ReferredServices services;

	private final PackageAssembly assembly;

	private final PersonService persons;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Referrals(ReferralEntries entries, CaseWork cases, ConsentCheck consent, PartnerLookup partners,
			ReferredServices services, PackageAssembly assembly, PersonService persons, FieldEncryption encryption,
			AccountDirectory accounts, Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.cases = cases;
		this.consent = consent;
		this.partners = partners;
		this.services = services;
		this.assembly = assembly;
		this.persons = persons;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The case's referrals, oldest first; packages are read apart. */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public List<Referral> referrals(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "referrals:read");
		List<ReferralEntry> found = this.entries.findOfCase(worked.id());
		Map<UUID, String> usernames = this.accounts.usernamesOf(
				found.stream().map(ReferralEntry::overrideBy).filter(Objects::nonNull).collect(Collectors.toSet()));
		this.events.publishEvent(new ReferralsRead(worked.code()));
		return found.stream().map(entry -> referral(entry, usernames)).toList();
	}

	/**
	 * A draft referral for a service line provided by a partner. Refused on its field: a
	 * partner not in the directory or not offering the service, a person it does not
	 * serve, identity for a partner without a live agreement, a field that cannot travel.
	 */
	@PreAuthorize(CASEWORKER)
	public Referral draft(CaseCode code, UUID service, NewReferral referral) {
		WorkedCase worked = this.cases.forChange(code, "referral:draft");
		String serviceType = this.services.partnerServiceOf(worked, service)
			.orElseThrow(() -> new InvalidInputException(Problem.of("service", "referral.service.not-a-partners")));
		Problems problems = new Problems();
		if (referral.reason() == null) {
			problems.add("reason", "validation.required");
		}
		if (referral.urgency() == null) {
			problems.add("urgency", "validation.required");
		}
		if (!referral.choice().namesOnlyKnownFields()) {
			problems.add("choice", "validation.invalid");
		}
		Partner partner = referral.partner() == null ? null : this.partners.find(referral.partner()).orElse(null);
		if (partner == null) {
			problems.add("partner", referral.partner() == null ? "validation.required" : "referral.partner.unknown");
		}
		else {
			if (!partner.offers(serviceType)) {
				problems.add("partner", "referral.partner.does-not-offer");
			}
			else if (!serves(partner, worked)) {
				problems.add("partner", "referral.partner.does-not-serve");
			}
			if (referral.choice().carriesIdentity() && !partner.mayReceiveIdentityOn(today())) {
				problems.add("choice", "referral.identity.no-agreement");
			}
		}
		problems.throwIfAny();
		ReferralEntry saved = this.entries.saveAndFlush(new ReferralEntry(UUID.randomUUID(), worked.id(), worked.code(),
				service, serviceType, referral, me(), this.clock.instant()));
		this.events.publishEvent(new ReferralDrafted(worked.code(), saved.partnerId()));
		return referral(saved, Map.of());
	}

	/**
	 * The package exactly as the partner would receive it if sent today, and the hash
	 * that sending must name: a case changed since is a conflict, never a surprise. One
	 * identity read in the audit trail, naming the parts that would travel: the reads of
	 * the case it is assembled from are part of it.
	 */
	@PreAuthorize(CASEWORKER)
	@RevealsIdentity(fields = "referral package", includesItsReads = true)
	public ReferralPreview preview(CaseCode code, UUID referral) {
		WorkedCase worked = this.cases.forChange(code, "referral:preview");
		ReferralEntry entry = referralOf(worked, referral);
		if (entry.status() != ReferralStatus.DRAFT) {
			throw new InvalidInputException(Problem.of("status", "referral.not-a-draft"));
		}
		ReferralPackage previewed = this.assembly.assemble(entry, partnerOf(entry), today());
		this.events
			.publishEvent(new ReferralPreviewed(worked.code(), entry.partnerId(), entry.choice().auditedParts()));
		return new ReferralPreview(previewed, PackageAssembly.hash(previewed));
	}

	/**
	 * Sends the draft: refused without live consent to share with the partner (unless a
	 * supervisor overrode its absence), and refused when identity would travel to a
	 * partner whose agreement is not live today. The package is the one previewed, or the
	 * call is a conflict.
	 */
	@PreAuthorize(CASEWORKER)
	public Referral send(CaseCode code, UUID referral, long expectedVersion, String previewedHash) {
		WorkedCase worked = this.cases.forChange(code, "referral:send");
		ReferralEntry entry = current(worked, referral, expectedVersion);
		Partner partner = partnerOf(entry);
		requireConsentOrOverride(worked, entry, partner);
		if (entry.choice().carriesIdentity() && !partner.mayReceiveIdentityOn(today())) {
			throw new InvalidInputException(Problem.of("choice", "referral.identity.no-agreement"));
		}
		ReferralPackage frozen = this.assembly.assemble(entry, partner, today());
		byte[] bytes = PackageAssembly.bytes(frozen);
		String hash = PackageAssembly.hash(bytes);
		if (!hash.equals(previewedHash)) {
			throw new ConflictException(REFERRAL);
		}
		entry.send(this.encryption.cipherFor(worked.id())
			.encrypt(ReferralEntry.packageField(entry.id()), PackageAssembly.text(bytes)), hash, today());
		ReferralEntry saved = this.entries.saveAndFlush(entry);
		this.services.follow(worked, saved.serviceId(), ServiceStatus.REFERRED, today());
		this.events.publishEvent(new ReferralSent(worked.code(), saved.partnerId(), hash, saved.choice().auditedParts(),
				saved.overrideBy() != null));
		return referral(saved, Map.of());
	}

	/**
	 * The package of a sent referral, as frozen when it was sent; a package that fails to
	 * decrypt or whose hash differs is refused as damaged.
	 */
	@PreAuthorize(CASEWORKER)
	@RevealsIdentity(fields = "referral package")
	@Transactional(readOnly = true)
	public ReferralPackage sentPackage(CaseCode code, UUID referral) {
		WorkedCase worked = this.cases.forReading(code, "referral:package");
		return frozenPackage(worked, referralOf(worked, referral));
	}

	/**
	 * The printable referral form of a sent referral, for a partner without Haven: the
	 * package exactly, marked with the referral's id. Its making is recorded.
	 */
	@PreAuthorize(CASEWORKER)
	@RevealsIdentity(fields = "referral package")
	public byte[] printableForm(CaseCode code, UUID referral, ReferralForm.Labels labels) {
		WorkedCase worked = this.cases.forReading(code, "referral:print");
		ReferralEntry entry = referralOf(worked, referral);
		ReferralPackage frozen = frozenPackage(worked, entry);
		byte[] form = ReferralForm.of(frozen, entry.packageHash(), labels);
		this.events.publishEvent(new ReferralFormPrinted(worked.code(), entry.partnerId(), entry.packageHash(),
				entry.choice().auditedParts()));
		return form;
	}

	/** The partner's answer, recorded by hand; it moves the service line on. */
	@PreAuthorize(CASEWORKER)
	public Referral recordAnswer(CaseCode code, UUID referral, long expectedVersion, ReferralAnswer answer) {
		WorkedCase worked = this.cases.forChange(code, "referral:answer");
		ReferralEntry entry = current(worked, referral, expectedVersion);
		return answered(worked, entry, answer);
	}

	/** The caseworker takes the referral back; the service line is planned again. */
	@PreAuthorize(CASEWORKER)
	public Referral withdraw(CaseCode code, UUID referral, long expectedVersion) {
		WorkedCase worked = this.cases.forChange(code, "referral:withdraw");
		ReferralEntry entry = current(worked, referral, expectedVersion);
		boolean wasSent = entry.status().withThePartner();
		entry.withdraw(today());
		ReferralEntry saved = this.entries.saveAndFlush(entry);
		if (wasSent) {
			this.services.follow(worked, saved.serviceId(), ServiceStatus.PLANNED, today());
		}
		this.events.publishEvent(new ReferralWithdrawn(worked.code(), saved.partnerId()));
		return referral(saved, Map.of());
	}

	/**
	 * A supervisor lets a drafted referral go without the person's consent to share with
	 * the partner, for a coded reason; recorded, and listed for every supervisor. An
	 * explicit withdrawal of that consent still refuses the sending: the person's no
	 * stands.
	 */
	@PreAuthorize(SUPERVISOR)
	public ReferralStanding overrideConsent(CaseCode code, UUID referral, OverrideReason reason) {
		WorkedCase worked = this.cases.forSupervision(code, "referral:override-consent");
		if (reason == null) {
			throw new InvalidInputException(Problem.of("reason", "validation.required"));
		}
		ReferralEntry entry = referralOf(worked, referral);
		entry.overrideConsent(me(), reason, this.clock.instant());
		ReferralEntry saved = this.entries.saveAndFlush(entry);
		this.events.publishEvent(new ConsentOverridden(worked.code(), saved.partnerId(), reason));
		return standing(saved);
	}

	/** Where the case's referrals stand, for a supervisor: statuses and dates only. */
	@PreAuthorize(SUPERVISOR)
	@Transactional(readOnly = true)
	public List<ReferralStanding> standing(CaseCode code) {
		WorkedCase worked = this.cases.forSupervision(code, "referrals:standing");
		this.events.publishEvent(new ReferralsRead(worked.code()));
		return this.entries.findOfCase(worked.id()).stream().map(this::standing).toList();
	}

	/**
	 * Every referral whose consent a supervisor overrode, most recent override first, a
	 * page at a time: by case code, never the package.
	 */
	@PreAuthorize(SUPERVISOR)
	@Transactional(readOnly = true)
	public Page<OverriddenReferral> overrides(Pageable page) {
		Page<ReferralEntry> found = this.entries.findOverridden(page);
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(found.stream().map(ReferralEntry::overrideBy).collect(Collectors.toSet()));
		return found.map(entry -> new OverriddenReferral(entry.id(), entry.code(),
				this.partners.find(entry.partnerId()).map(Partner::name).orElse(""), entry.status(), entry.sentOn(),
				overrideOf(entry, usernames)));
	}

	Referral answered(WorkedCase worked, ReferralEntry entry, ReferralAnswer answer) {
		if (!entry.status().withThePartner()) {
			throw new InvalidInputException(Problem.of("status", "referral.closed"));
		}
		Problems problems = new Problems();
		if (answer.status() == null) {
			problems.add("status", "validation.required");
		}
		else if (AnswerReason.needed(answer.status())) {
			if (answer.reason() == null) {
				problems.add("reason", "validation.required");
			}
			else if (!answer.reason().explains(answer.status())) {
				problems.add("reason", "validation.invalid");
			}
		}
		if (answer.on() == null) {
			problems.add("on", "validation.required");
		}
		else if (answer.on().isAfter(today())) {
			problems.add("on", "care.date.future");
		}
		else if (entry.sentOn() != null && answer.on().isBefore(entry.sentOn())) {
			problems.add("on", "referral.answer.before-sent");
		}
		problems.throwIfAny();
		AnswerReason because = AnswerReason.needed(answer.status()) ? answer.reason() : null;
		entry.answer(answer.status(), because, answer.on());
		ReferralEntry saved = this.entries.saveAndFlush(entry);
		ServiceStatus follows = switch (answer.status()) {
			case SERVICE_STARTED -> ServiceStatus.IN_PROGRESS;
			case COMPLETED -> ServiceStatus.DELIVERED;
			case NOT_COMPLETED -> ServiceStatus.NOT_COMPLETED;
			case DECLINED -> ServiceStatus.UNAVAILABLE;
			default -> ServiceStatus.REFERRED;
		};
		this.services.follow(worked, saved.serviceId(), follows, answer.on());
		this.events.publishEvent(new ReferralAnswered(worked.code(), saved.partnerId(), saved.status(), because));
		return referral(saved, Map.of());
	}

	private void requireConsentOrOverride(WorkedCase worked, ReferralEntry entry, Partner partner) {
		String scope = PartnerScope.of(partner.id());
		boolean overridable = entry.overrideBy() != null
				&& this.consent.stateFor(worked, ConsentPurpose.SHARE_WITH_PARTNER, scope) != ConsentState.WITHDRAWN;
		if (!overridable) {
			this.consent.requireFor(worked, ConsentPurpose.SHARE_WITH_PARTNER, scope);
		}
	}

	private ReferralPackage frozenPackage(WorkedCase worked, ReferralEntry entry) {
		if (entry.sealedPackage() == null) {
			throw new InvalidInputException(Problem.of("status", "referral.not-sent"));
		}
		String json = this.encryption.cipherFor(worked.id())
			.decrypt(ReferralEntry.packageField(entry.id()), entry.sealedPackage());
		if (!PackageAssembly.hash(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).equals(entry.packageHash())) {
			throw new RecordDamagedException(REFERRAL, null);
		}
		return PackageAssembly.read(json);
	}

	private boolean serves(Partner partner, WorkedCase worked) {
		Profile profile = this.persons.summary(worked.person()).profile();
		return partner.eligibility()
			.admits(profile.gender(), profile.ageBand(), profile.nationality(),
					this.assembly.exploitationForms(worked.code()));
	}

	private ReferralEntry current(WorkedCase worked, UUID referral, long expectedVersion) {
		ReferralEntry entry = referralOf(worked, referral);
		if (entry.version() != expectedVersion) {
			throw new ConflictException(REFERRAL);
		}
		return entry;
	}

	private ReferralEntry referralOf(WorkedCase worked, UUID referral) {
		return this.entries.findById(referral)
			.filter(found -> found.caseId().equals(worked.id()))
			.orElseThrow(() -> new NotFoundException(REFERRAL));
	}

	private Partner partnerOf(ReferralEntry entry) {
		return this.partners.find(entry.partnerId()).orElseThrow(() -> new NotFoundException("partner"));
	}

	private Referral referral(ReferralEntry entry, Map<UUID, String> usernames) {
		ConsentOverride override = entry.overrideBy() == null ? null : overrideOf(entry, usernames);
		return new Referral(entry.id(), entry.serviceId(), entry.serviceType(), entry.partnerId(),
				this.partners.find(entry.partnerId()).map(Partner::name).orElse(""), entry.reason(), entry.urgency(),
				entry.choice(), entry.status(), entry.statusReason(), entry.statusOn(), entry.sentOn(),
				entry.respondBy(), entry.packageHash(), override, entry.version());
	}

	private static ConsentOverride overrideOf(ReferralEntry entry, Map<UUID, String> usernames) {
		return new ConsentOverride(usernames.getOrDefault(entry.overrideBy(), ""), entry.overrideReason(),
				entry.overrideAt());
	}

	private ReferralStanding standing(ReferralEntry entry) {
		return new ReferralStanding(entry.id(), entry.code(), entry.serviceType(),
				this.partners.find(entry.partnerId()).map(Partner::name).orElse(""), entry.urgency(), entry.status(),
				entry.sentOn(), entry.respondBy(), entry.overrideReason());
	}

	private UUID me() {
		return this.accounts.signedInAccount();
	}

	private LocalDate today() {
		return Days.today(this.clock);
	}

}
