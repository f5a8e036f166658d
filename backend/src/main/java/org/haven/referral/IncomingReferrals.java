package org.haven.referral;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseWork;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.ReferredIn;
import org.haven.crypto.FieldEncryption;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerLookup;
import org.haven.person.Identity;
import org.haven.platform.Days;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals this installation receives: imported from a partner's signed, encrypted file,
 * or recorded by hand when they come by phone or on paper. The caseworker who received
 * one sees it (no one else does), reads its package (an identity read), and accepts it,
 * which starts an intake holding exactly the package's fields, or declines it; for a
 * partner that runs Haven each answer is a signed file back. The same import applies the
 * answers partners send to this installation's own referrals, on the case they concern,
 * by its need-to-know.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
public class IncomingReferrals {

	static final String INCOMING = "incoming referral";

	static final int MAX_ORGANISATION_LENGTH = 200;

	/** What a receiving organisation may answer. */
	static final java.util.Set<ReferralStatus> ANSWERS = java.util.EnumSet.of(ReferralStatus.ACKNOWLEDGED,
			ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.SERVICE_STARTED, ReferralStatus.COMPLETED,
			ReferralStatus.NOT_COMPLETED);

	private final IncomingReferralEntries entries;

	private final ReferralEntries referrals;

	private final ReferralFiles files;

	private final Referrals outgoing;

	private final PartnerLookup partners;

	private final CaseWork cases;

	private final IntakeService intake;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IncomingReferrals(IncomingReferralEntries entries, ReferralEntries referrals, ReferralFiles files,
			Referrals outgoing, PartnerLookup partners, CaseWork cases, IntakeService intake,
			FieldEncryption encryption, AccountDirectory accounts, Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.referrals = referrals;
		this.files = files;
		this.outgoing = outgoing;
		this.partners = partners;
		this.cases = cases;
		this.intake = intake;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Imports a file from a partner that runs Haven: a referral becomes an incoming
	 * referral of the caseworker's; an answer or a revocation is applied to what it
	 * concerns. A file for another installation, signed by an unknown key, altered or
	 * imported before is refused, and nothing of it is kept but the refusal, coded, in
	 * the audit trail.
	 */
	public ImportedFile importFile(byte[] file) {
		try {
			ReferralFiles.Opened opened = this.files.open(file);
			return switch (opened.kind()) {
				case REFERRAL -> received(opened);
				case ANSWER -> answered(opened);
				case REVOCATION -> revoked(opened);
			};
		}
		catch (InvalidInputException refused) {
			this.events.publishEvent(new ReferralFileRefused(FileRefusal.of(refused)));
			throw refused;
		}
	}

	/** The referrals the caseworker received, newest first, without their packages. */
	@Transactional(readOnly = true)
	public List<IncomingReferral> mine() {
		return this.entries.findByReceivedByOrderByReceivedAtDesc(me()).stream().map(IncomingReferrals::view).toList();
	}

	/** What the partner sent, exactly as it came. */
	@RevealsIdentity(fields = "referral package")
	@Transactional(readOnly = true)
	public ReferralPackage incomingPackage(IncomingReferralId incoming) {
		IncomingReferralEntry entry = mineOrNotFound(incoming.id());
		this.events.publishEvent(new IncomingPackageRead(entry.id()));
		return packageOf(entry);
	}

	/**
	 * Takes the referral on: an intake of the caseworker's starts, holding exactly the
	 * fields of the package; the person's consent to record is asked anew. The case it
	 * makes keeps who referred (the partner's type), when and why.
	 */
	public DraftId accept(UUID incoming, long expectedVersion) {
		IncomingReferralEntry entry = current(incoming, expectedVersion);
		if (entry.source() != IncomingSource.HAVEN_FILE) {
			throw new InvalidInputException(Problem.of("status", "referral.incoming.decided"));
		}
		IntakePrefill prefill = IntakePrefill.of(packageOf(entry));
		OrganisationType referringType = this.partners.find(entry.partnerId()).map(Partner::type).orElse(null);
		DraftId draft = startIntake(referredIn(referringType, entry.referredOn(), entry.reason()), prefill.identity(),
				prefill.answers());
		entry.accept(draft.id());
		this.entries.saveAndFlush(entry);
		this.events.publishEvent(new IncomingReferralAccepted(entry.id()));
		return draft;
	}

	/**
	 * The signed answer file for the referring partner: acknowledged, accepted (once the
	 * referral was taken on), declined with a reason, service started, completed or not
	 * completed with a reason.
	 */
	public byte[] answerFile(UUID incoming, long expectedVersion, ReferralAnswer answer) {
		IncomingReferralEntry entry = current(incoming, expectedVersion);
		if (entry.source() != IncomingSource.HAVEN_FILE) {
			throw new InvalidInputException(Problem.of("status", "referral.incoming.not-from-haven"));
		}
		if (entry.status() == IncomingStatus.REVOKED) {
			throw new InvalidInputException(Problem.of("status", "referral.closed"));
		}
		Problems problems = new Problems();
		if (answer.status() == null || !ANSWERS.contains(answer.status())) {
			problems.add("status", "validation.invalid");
		}
		else if (AnswerReason.needed(answer.status())
				&& (answer.reason() == null || !answer.reason().explains(answer.status()))) {
			problems.add("reason", answer.reason() == null ? "validation.required" : "validation.invalid");
		}
		else if (answer.status() == ReferralStatus.ACCEPTED && entry.status() != IncomingStatus.ACCEPTED) {
			problems.add("status", "referral.incoming.accept-first");
		}
		problems.throwIfAny();
		if (answer.status() == ReferralStatus.DECLINED) {
			entry.decline();
			this.entries.saveAndFlush(entry);
		}
		Partner partner = this.partners.find(entry.partnerId()).orElseThrow(() -> new NotFoundException("partner"));
		AnswerReason because = AnswerReason.needed(answer.status()) ? answer.reason() : null;
		LocalDate on = answer.on() == null ? today() : answer.on();
		byte[] file = this.files.seal(ExchangeKind.ANSWER, partner,
				new ExchangedAnswer(entry.senderReferralId(), answer.status(), because, on));
		this.events.publishEvent(new IncomingReferralAnswered(entry.id(), answer.status(), because));
		return file;
	}

	/**
	 * A referral received by phone or on paper: who referred, when, why; an intake starts
	 * for the caseworker to take the person in, and the case it makes keeps the kind of
	 * organisation that referred, the day and the reason.
	 */
	public DraftId recordByHand(NewIncomingReferral referral) {
		Problems problems = new Problems();
		String organisation = problems.text("referringOrganisation", referral.referringOrganisation(),
				MAX_ORGANISATION_LENGTH, true);
		if (referral.referredOn() == null) {
			problems.add("referredOn", "validation.required");
		}
		else if (referral.referredOn().isAfter(today())) {
			problems.add("referredOn", "care.date.future");
		}
		if (referral.reason() == null) {
			problems.add("reason", "validation.required");
		}
		problems.throwIfAny();
		DraftId draft = this.intake
			.start(referredIn(referral.referringType(), referral.referredOn(), referral.reason()));
		IncomingReferralEntry saved = this.entries.saveAndFlush(IncomingReferralEntry.byHand(UUID.randomUUID(),
				organisation, referral.referredOn(), referral.reason(), draft.id(), me(), this.clock.instant()));
		this.events.publishEvent(new IncomingReferralRecorded(saved.id()));
		return draft;
	}

	private ImportedFile received(ReferralFiles.Opened opened) {
		ReferralPackage received = opened.payloadAs(ReferralPackage.class);
		if (this.entries.findBySenderReferralId(received.referral())
			.stream()
			.anyMatch(found -> receivedFrom(found, opened.fromInstallation()))) {
			throw new InvalidInputException(Problem.of("file", "referral.file.already-imported"));
		}
		UUID id = UUID.randomUUID();
		String json = new String(opened.payload(), StandardCharsets.UTF_8);
		byte[] sealed = this.encryption.createDataKey(id).encrypt(IncomingReferralEntry.packageField(id), json);
		List<String> fields = received.lines().stream().map(line -> line.part() + ":" + line.field()).toList();
		this.entries.saveAndFlush(IncomingReferralEntry.fromFile(id, opened.from().id(), opened.from().name(), received,
				sealed, fields, me(), this.clock.instant()));
		this.events.publishEvent(new IncomingReferralReceived(id, opened.from().id(), fields));
		return new ImportedFile(ExchangeKind.REFERRAL, id, null);
	}

	private ImportedFile answered(ReferralFiles.Opened opened) {
		ExchangedAnswer answer = opened.payloadAs(ExchangedAnswer.class);
		ReferralEntry entry = this.referrals.findById(answer.referral())
			.filter(found -> sentTo(found, opened.fromInstallation()))
			.orElseThrow(() -> new InvalidInputException(Problem.of("file", "referral.file.no-such-referral")));
		var worked = this.cases.forChange(entry.code(), "referral:answer-file");
		this.outgoing.answered(worked, entry, new ReferralAnswer(answer.status(), answer.reason(), answer.on()));
		return new ImportedFile(ExchangeKind.ANSWER, null, entry.code());
	}

	private ImportedFile revoked(ReferralFiles.Opened opened) {
		ExchangedAnswer revocation = opened.payloadAs(ExchangedAnswer.class);
		IncomingReferralEntry entry = this.entries.findBySenderReferralId(revocation.referral())
			.stream()
			.filter(found -> receivedFrom(found, opened.fromInstallation()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(Problem.of("file", "referral.file.no-such-referral")));
		entry.revoke();
		this.entries.saveAndFlush(entry);
		this.events.publishEvent(new IncomingReferralRevoked(entry.id()));
		return new ImportedFile(ExchangeKind.REVOCATION, entry.id(), null);
	}

	/** Whether the referral went to a partner that runs that installation. */
	private boolean sentTo(ReferralEntry referral, String installation) {
		return this.partners.find(referral.partnerId())
			.flatMap(Partner::keys)
			.map(keys -> keys.installation().equals(installation))
			.orElse(false);
	}

	/** Whether the referral came from a partner that runs that installation. */
	private boolean receivedFrom(IncomingReferralEntry incoming, String installation) {
		return incoming.partnerId() != null && this.partners.find(incoming.partnerId())
			.flatMap(Partner::keys)
			.map(keys -> keys.installation().equals(installation))
			.orElse(false);
	}

	private DraftId startIntake(ReferredIn referredIn, Identity identity, IntakeAnswers answers) {
		DraftId draft = this.intake.start(referredIn);
		this.intake.save(draft, 0, IntakeStep.CONSENT, identity, answers);
		return draft;
	}

	/** What the case the intake makes keeps of the referral: codes only, never a name. */
	private static ReferredIn referredIn(OrganisationType type, LocalDate on, ReferralReason reason) {
		return new ReferredIn(type == null ? null : type.name(), on, reason.name());
	}

	private ReferralPackage packageOf(IncomingReferralEntry entry) {
		if (entry.sealedPackage() == null) {
			throw new InvalidInputException(Problem.of("status", "referral.incoming.not-from-haven"));
		}
		return PackageAssembly.read(this.encryption.cipherFor(entry.id())
			.decrypt(IncomingReferralEntry.packageField(entry.id()), entry.sealedPackage()));
	}

	private IncomingReferralEntry current(UUID incoming, long expectedVersion) {
		IncomingReferralEntry entry = mineOrNotFound(incoming);
		if (entry.version() != expectedVersion) {
			throw new org.haven.shared.ConflictException(INCOMING);
		}
		return entry;
	}

	private IncomingReferralEntry mineOrNotFound(UUID incoming) {
		return this.entries.findById(incoming)
			.filter(entry -> entry.receivedBy().equals(me()))
			.orElseThrow(() -> new NotFoundException(INCOMING));
	}

	private static IncomingReferral view(IncomingReferralEntry entry) {
		return new IncomingReferral(entry.id(), entry.source(), entry.referringOrganisation(), entry.referredOn(),
				entry.reason(), entry.serviceType(), entry.urgency(), entry.respondBy(), entry.fields(), entry.status(),
				entry.draftId() == null ? null : new DraftId(entry.draftId()), entry.version());
	}

	private UUID me() {
		return this.accounts.signedInAccount();
	}

	private LocalDate today() {
		return Days.today(this.clock);
	}

}
