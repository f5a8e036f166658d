package org.haven.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerLookup;
import org.haven.platform.Days;
import org.haven.shared.ConflictException;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's consent ledger, kept by its caseworkers: consent recorded for a purpose, or a
 * legal basis other than consent, each change a new version written beside the earlier
 * ones, a withdrawal included. Need-to-know as for the case: its assigned caseworkers
 * record and withdraw, a caseworker reading it by break-glass only reads. Every read and
 * change is recorded in the audit trail.
 */
@Service
@Transactional
public class ConsentLedger {

	static final String RECORD = "consent record";

	static final int MAX_SCOPE_LENGTH = 200;

	static final int MAX_NOTICE_VERSION_LENGTH = 40;

	static final int MAX_REASON_LENGTH = 2000;

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private final ConsentEntries entries;

	private final ConsentCheck check;

	private final CaseWork cases;

	private final FieldEncryption encryption;

	private final AuthorizationSeal seal;

	private final AccountDirectory accounts;

	private final PartnerLookup partners;

	private final PartnerDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConsentLedger(ConsentEntries entries, ConsentCheck check, CaseWork cases, FieldEncryption encryption,
			AuthorizationSeal seal, AccountDirectory accounts, PartnerLookup partners, PartnerDirectory directory,
			Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.check = check;
		this.cases = cases;
		this.encryption = encryption;
		this.seal = seal;
		this.accounts = accounts;
		this.partners = partners;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Every version of every purpose's consent, oldest first, withdrawal reasons
	 * included. A version whose seal fails is left out, and reported.
	 */
	@PreAuthorize(CASEWORKER)
	public List<ConsentRecord> ledger(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "consent:read");
		List<ConsentEntry> found = this.check.sealedVersions(worked);
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(found.stream().map(ConsentEntry::recordedBy).distinct().toList());
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		this.events.publishEvent(new ConsentLedgerRead(worked.code()));
		return found.stream().map(entry -> record(entry, cipher, usernames)).toList();
	}

	/**
	 * The partners of the directory, by name, that consent to share may name: the consent
	 * names the partner by its id, so that a renamed partner stays covered and a name
	 * written differently never covers another.
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public List<SharingPartner> partnersToShareWith() {
		return this.directory.partners()
			.stream()
			.map(partner -> new SharingPartner(partner.id(), partner.name()))
			.toList();
	}

	/**
	 * Records consent for a purpose, or another legal basis: the first version, or the
	 * next one. {@code expectedVersion} is the version the caseworker saw for that
	 * purpose (0 for none); another caseworker's change in between is a conflict.
	 */
	@PreAuthorize(CASEWORKER)
	public ConsentRecord record(CaseCode code, int expectedVersion, NewConsent consent) {
		WorkedCase worked = this.cases.forChange(code, "consent:record");
		NewConsent checked = checked(consent);
		Optional<ConsentEntry> current = current(worked, checked.purpose(), checked.scope());
		if (current.map(ConsentEntry::version).orElse(0) != expectedVersion) {
			throw new ConflictException(RECORD);
		}
		ConsentEntry entry = ConsentEntry.given(worked.id(), worked.person().value(), expectedVersion + 1, checked,
				ConsentSource.LEDGER, me(), this.clock.instant());
		ConsentEntry saved = save(entry);
		this.events.publishEvent(
				new ConsentRecorded(worked.code(), saved.purpose(), saved.scope(), saved.version(), saved.expiresOn()));
		return record(saved, this.encryption.cipherFor(worked.id()),
				this.accounts.usernamesOf(List.of(saved.recordedBy())));
	}

	/**
	 * The person withdrew their consent for a purpose from {@code on}: a new version, in
	 * force at once. Only consent can be withdrawn, not another legal basis.
	 */
	@PreAuthorize(CASEWORKER)
	public ConsentRecord withdraw(CaseCode code, ConsentPurpose purpose, String scope, int expectedVersion,
			LocalDate on, String reason) {
		WorkedCase worked = this.cases.forChange(code, "consent:withdraw");
		ConsentEntry current = current(worked, purpose, scope).orElseThrow(() -> new ConflictException(RECORD));
		if (current.version() != expectedVersion) {
			throw new ConflictException(RECORD);
		}
		Problems problems = new Problems();
		if (current.legalBasis() != LegalBasis.CONSENT) {
			problems.add("withdrawnOn", "consent.withdraw.not-consent");
		}
		else if (current.withdrawnOn() != null) {
			problems.add("withdrawnOn", "consent.withdraw.already");
		}
		else if (on == null) {
			problems.add("withdrawnOn", "consent.withdrawn-on.required");
		}
		else if (on.isBefore(current.givenOn())) {
			problems.add("withdrawnOn", "consent.withdrawn-on.before-given");
		}
		else if (on.isAfter(today())) {
			problems.add("withdrawnOn", "consent.date.future");
		}
		String why = problems.lines("withdrawalReason", reason, MAX_REASON_LENGTH, false);
		problems.throwIfAny();
		UUID next = UUID.randomUUID();
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		ConsentEntry withdrawn = current.withdrawn(next, on,
				why == null || why.isEmpty() ? null : cipher.encrypt(ConsentEntry.reasonField(next), why), me(),
				this.clock.instant());
		ConsentEntry saved = save(withdrawn);
		this.events.publishEvent(new ConsentWithdrawn(worked.code(), purpose, saved.scope(), saved.version(), on));
		return record(saved, cipher, this.accounts.usernamesOf(List.of(saved.recordedBy())));
	}

	private NewConsent checked(NewConsent consent) {
		Problems problems = new Problems();
		if (consent.purpose() == null) {
			problems.add("purpose", "validation.required");
		}
		String scope = "";
		if (consent.purpose() != null && consent.purpose().scoped()) {
			scope = problems.text("scope", consent.scope(), MAX_SCOPE_LENGTH, true);
			if (!problems.hasProblemWith("scope")) {
				Optional<Partner> partner = PartnerScope.partnerOf(scope).flatMap(this.partners::find);
				if (partner.isEmpty()) {
					problems.add("scope", "consent.scope.unknown-partner");
				}
				else {
					scope = PartnerScope.of(partner.get().id());
				}
			}
		}
		if (consent.legalBasis() == null) {
			problems.add("legalBasis", "validation.required");
		}
		String noticeVersion = null;
		if (consent.legalBasis() == LegalBasis.CONSENT) {
			problems.required("givenBy", consent.givenBy());
			problems.required("childAssent", consent.childAssent());
			problems.required("method", consent.method());
			noticeVersion = problems.text("noticeVersion", consent.noticeVersion(), MAX_NOTICE_VERSION_LENGTH, true);
			if (consent.noticeLanguage() == null || !LANGUAGE_TAG.matcher(consent.noticeLanguage()).matches()) {
				problems.add("noticeLanguage", "validation.required");
			}
			if (consent.informedOf().isEmpty()) {
				problems.add("informedOf", "consent.informed-of.required");
			}
		}
		if (consent.givenOn() == null) {
			problems.add("givenOn", "validation.required");
		}
		else if (consent.givenOn().isAfter(today())) {
			problems.add("givenOn", "consent.date.future");
		}
		else if (consent.expiresOn() != null && !consent.expiresOn().isAfter(consent.givenOn())) {
			problems.add("expiresOn", "consent.expires-on.before-given");
		}
		problems.throwIfAny();
		return new NewConsent(consent.purpose(), scope, consent.legalBasis(), consent.givenBy(), consent.childAssent(),
				consent.method(), noticeVersion, consent.noticeLanguage(), consent.interpreterUsed(),
				consent.informedOf(), consent.givenOn(), consent.expiresOn());
	}

	private Optional<ConsentEntry> current(WorkedCase worked, ConsentPurpose purpose, String scope) {
		return this.check.latest(worked, purpose, scope);
	}

	/** Two caseworkers recording the same version at once: the second is a conflict. */
	private ConsentEntry save(ConsentEntry entry) {
		entry.sealWith(this.seal.seal(entry.row()));
		try {
			return this.entries.saveAndFlush(entry);
		}
		catch (DataIntegrityViolationException sameVersion) {
			throw new ConflictException(RECORD);
		}
	}

	private ConsentRecord record(ConsentEntry entry, OwnerCipher cipher, Map<UUID, String> usernames) {
		String reason = entry.withdrawalReason() == null ? null
				: cipher.decrypt(ConsentEntry.reasonField(entry.id()), entry.withdrawalReason());
		return new ConsentRecord(entry.id(), entry.purpose(), entry.scope(), partnerName(entry.scope()),
				entry.version(), entry.legalBasis(), entry.givenBy(), entry.childAssent(), entry.method(),
				entry.noticeVersion(), entry.noticeLanguage(), entry.interpreterUsed(), entry.informedOf(),
				entry.givenOn(), entry.expiresOn(), entry.withdrawnOn(), reason, entry.source(),
				usernames.get(entry.recordedBy()), entry.recordedAt());
	}

	/**
	 * The partner's name as the directory writes it today; a scope written before consent
	 * named partners by id, and matching none, is shown as it was written.
	 */
	private String partnerName(String scope) {
		if (scope.isEmpty()) {
			return "";
		}
		return PartnerScope.partnerOf(scope).flatMap(this.partners::find).map(Partner::name).orElse(scope);
	}

	private UUID me() {
		return this.accounts.signedInAccount();
	}

	/** Today where Haven runs, as its users' screens reckon it ({@code UserLocale}). */
	private LocalDate today() {
		return Days.today(this.clock);
	}

}
