package org.haven.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.crypto.FieldEncryption;
import org.haven.organisation.Teams;
import org.haven.crypto.TamperedCiphertextException;
import org.haven.person.DuplicateCandidate;
import org.haven.person.Identity;
import org.haven.person.LikelyDuplicates;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.shared.AccessRefused;
import org.haven.shared.ConflictException;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake, saved as the caseworker goes: a draft of their own, which they can leave at
 * any step and come back to, and which becomes a person and a case once consent is given
 * and the duplicate check has been seen. Nothing but the length of each field is
 * validated until then, so that what is typed can be saved as it comes.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
public class IntakeService {

	static final String DRAFT = "intake";

	static final int IDENTITY_LIMIT = 64_000;

	static final String DAMAGED_DRAFT = "intake-draft";

	/** The field of the team chosen at completion, as problems name it. */
	public static final String TEAM_FIELD = "team";

	private final DraftEntryRepository drafts;

	private final CaseFileRepository cases;

	private final CaseAccess access;

	private final CaseRules rules;

	private final CaseSeals seals;

	private final PersonService persons;

	private final FieldEncryption encryption;

	private final ConsentToRecord consentToRecord;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final IntakeCompletions completions;

	private final Teams teams;

	IntakeService(DraftEntryRepository drafts, CaseFileRepository cases, CaseAccess access, CaseRules rules,
			CaseSeals seals, PersonService persons, FieldEncryption encryption, ConsentToRecord consentToRecord,
			Clock clock, ApplicationEventPublisher events, IntakeCompletions completions, Teams teams) {
		this.teams = teams;
		this.drafts = drafts;
		this.completions = completions;
		this.consentToRecord = consentToRecord;
		this.cases = cases;
		this.access = access;
		this.rules = rules;
		this.seals = seals;
		this.persons = persons;
		this.encryption = encryption;
		this.clock = clock;
		this.events = events;
	}

	public DraftId start() {
		return start(null);
	}

	/**
	 * An intake for a person another organisation referred: the case it makes keeps who
	 * referred (by type), when and why.
	 */
	public DraftId start(@Nullable ReferredIn referredIn) {
		if (referredIn != null && (referredIn.on() == null || referredIn.reason() == null)) {
			throw new IllegalArgumentException("A referral names its day and its reason");
		}
		UUID id = UUID.randomUUID();
		this.encryption.createDataKey(id);
		this.drafts.saveAndFlush(new DraftEntry(id, this.access.me(), this.clock.instant(), referredIn));
		return new DraftId(id);
	}

	/** The caseworker's unfinished intakes, last saved first. */
	@Transactional(readOnly = true)
	public List<DraftSummary> mine() {
		return this.drafts.findByOwnerIdOrderByUpdatedAtDesc(this.access.me())
			.stream()
			.map(DraftEntry::summary)
			.toList();
	}

	@RevealsIdentity(fields = "draft identity")
	@Transactional(readOnly = true)
	public IntakeDraft open(DraftId id) {
		DraftEntry draft = own(id);
		return new IntakeDraft(id, draft.step(), identityOf(draft), draft.answers(), draft.createdAt(),
				draft.updatedAt(), draft.version());
	}

	/**
	 * Saves what has been typed so far; returns the draft's new version. Only lengths are
	 * checked here, field by field (a field longer than Haven keeps is refused by name,
	 * and the draft keeps its last saved state); everything else waits for completion.
	 */
	public long save(DraftId id, long expectedVersion, IntakeStep step, Identity identity, IntakeAnswers answers) {
		DraftEntry draft = own(id);
		if (draft.version() != expectedVersion) {
			throw new ConflictException(DRAFT);
		}
		Identity typed = identity == null ? Identity.empty() : identity;
		typed.checkLengths();
		String json = JsonColumns.JSON.writeValueAsString(typed);
		if (json.length() > IDENTITY_LIMIT) {
			throw new InvalidInputException(Problem.ofForm("intake.identity.too-long"));
		}
		byte[] sealed = this.encryption.cipherFor(id.id()).encrypt(DraftEntry.IDENTITY_FIELD, json);
		draft.save(step, sealed, answers, this.clock.instant());
		return this.drafts.saveAndFlush(draft).version();
	}

	/**
	 * Whether the person may already be known: the matching persons' cases assigned to
	 * this caseworker, and whether anyone else matches. Limited per hour; recorded.
	 */
	@Transactional(readOnly = true)
	public DuplicateCheck checkDuplicates(DraftId id) {
		return duplicates(id, identityOf(own(id)));
	}

	/**
	 * The teams the caseworker may take a new case into: her own, by office and team
	 * name. None when she is in no team yet (her cases then go to the main team).
	 */
	@Transactional(readOnly = true)
	public List<Teams.TeamName> teams() {
		return this.teams.ofMember(this.access.me());
	}

	/**
	 * Turns the draft into a person and a case in INTAKE, with the caseworker as primary,
	 * in the {@code team} she chose among {@link #teams()}: her only team when she
	 * chooses none, the main team when she has none yet; a caseworker of several teams
	 * must choose, and a team that is not hers is refused, recorded. With
	 * {@code samePersonAs}, the new case is for the person of that case (one assigned to
	 * the caseworker: break-glass gives no lasting access) and the identity typed is not
	 * registered again. Completing a draft again, at the same moment or later (a double
	 * click, a retry after a timeout), answers with the case it already became.
	 */
	public CaseCode complete(DraftId id, long expectedVersion, @Nullable UUID team, CaseCode samePersonAs,
			boolean duplicatesReviewed) {
		UUID me = this.access.me();
		Optional<CaseCode> already = this.completions.completedBy(id, me);
		if (already.isPresent()) {
			return already.get();
		}
		CaseCode code = newCode();
		if (!this.completions.claim(id, code, me, this.clock.instant())) {
			return this.completions.completedBy(id, me).orElseThrow(() -> new NotFoundException(DRAFT));
		}
		DraftEntry draft = own(id);
		if (draft.version() != expectedVersion) {
			throw new ConflictException(DRAFT);
		}
		IntakeAnswers answers = draft.answers();
		List<Problem> problems = new ArrayList<>();
		if (!Boolean.TRUE.equals(answers.consentToRecord())) {
			problems.add(Problem.of("consentToRecord", "intake.consent.required"));
		}
		collect(problems, () -> this.rules.check(answers.situation(), null));
		collect(problems, () -> this.rules.check(answers.needs()));
		collect(problems, () -> this.rules.check(answers.nonPunishment()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Identity identity = identityOf(draft);
		PersonCode samePerson = samePersonAs == null ? null
				: this.access.forChange(samePersonAs, "intake-same-person", "intake.duplicates.not-your-case").person();
		if (samePerson == null && !duplicatesReviewed && duplicates(id, identity).anyMatch()) {
			throw new InvalidInputException(Problem.ofForm("intake.duplicates.review"));
		}
		UUID teamId = teamOfNewCase(team);
		PersonCode person = samePerson != null ? samePerson : this.persons.register(identity, answers.profile());
		UUID caseId = UUID.randomUUID();
		this.encryption.createDataKey(caseId);
		Instant now = this.clock.instant();
		CaseFile file = new CaseFile(caseId, code, person, teamId, this.access.me(), answers.situation(),
				answers.needs(), answers.nonPunishment(), now);
		if (draft.referredIn() != null) {
			file.referredIn(draft.referredIn());
		}
		file.sealPending(this.seals);
		this.cases.saveAndFlush(file);
		this.consentToRecord.givenAtIntake(new WorkedCase(caseId, code, person, file.status(), file.neededNow()),
				this.access.me(), now);
		this.drafts.delete(draft);
		this.drafts.flush();
		this.encryption.destroyDataKey(id.id());
		this.events.publishEvent(new CaseCreated(code, samePersonAs));
		return code;
	}

	/** Throws the draft away, and with its key everything typed into it. */
	public void discard(DraftId id) {
		DraftEntry draft = own(id);
		this.drafts.delete(draft);
		this.drafts.flush();
		this.encryption.destroyDataKey(id.id());
	}

	private DuplicateCheck duplicates(DraftId draft, Identity identity) {
		LikelyDuplicates likely = this.access.checkingDuplicatesOf(draft,
				() -> this.persons.findLikelyDuplicates(identity));
		List<CaseCode> yours = new ArrayList<>();
		UUID me = this.access.me();
		for (DuplicateCandidate candidate : likely.yours()) {
			this.cases.findByPersonCode(candidate.code().value())
				.stream()
				.filter(file -> this.access.intact(file) && this.access.isAssigned(file, me))
				.forEach(file -> yours.add(file.code()));
		}
		return new DuplicateCheck(List.copyOf(yours), likely.othersExist());
	}

	private UUID teamOfNewCase(@Nullable UUID chosen) {
		List<UUID> mine = teams().stream().map(Teams.TeamName::id).toList();
		if (chosen != null && !mine.contains(chosen)) {
			this.events.publishEvent(new AccessRefused(DRAFT + ":team-not-a-member"));
			throw new InvalidInputException(Problem.of(TEAM_FIELD, "intake.team.not-yours"));
		}
		if (chosen != null) {
			return chosen;
		}
		if (mine.size() > 1) {
			throw new InvalidInputException(Problem.of(TEAM_FIELD, "intake.team.required"));
		}
		return mine.isEmpty() ? Teams.MAIN_TEAM : mine.getFirst();
	}

	private DraftEntry own(DraftId id) {
		DraftEntry draft = this.drafts.findById(id.id()).orElse(null);
		if (draft == null || !draft.ownerId().equals(this.access.me())) {
			this.events.publishEvent(new AccessRefused(DRAFT, id));
			throw new NotFoundException(DRAFT);
		}
		return draft;
	}

	private Identity identityOf(DraftEntry draft) {
		if (draft.identity() == null) {
			return Identity.empty();
		}
		String json;
		try {
			json = this.encryption.cipherFor(draft.id()).decrypt(DraftEntry.IDENTITY_FIELD, draft.identity());
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_DRAFT, new DraftId(draft.id())));
			throw damaged;
		}
		return JsonColumns.JSON.readValue(json, Identity.class);
	}

	private CaseCode newCode() {
		CaseCode code = CaseCode.random();
		while (this.cases.existsByCode(code.value())) {
			code = CaseCode.random();
		}
		return code;
	}

	private static void collect(List<Problem> problems, Runnable check) {
		try {
			check.run();
		}
		catch (InvalidInputException invalid) {
			problems.addAll(invalid.problems());
		}
	}

}
