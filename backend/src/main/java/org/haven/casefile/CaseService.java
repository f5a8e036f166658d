package org.haven.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.haven.crypto.FieldEncryption;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.FreeText;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a caseworker does with the cases they work on. Every method finds the case through
 * need-to-know: a case the caseworker may not work on is "not found", and the refusal is
 * recorded. Only a caseworker assigned to the case changes it; break-glass reads. A stale
 * version is a conflict, never an overwrite.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
public class CaseService {

	static final int NOTE_LIMIT = 20_000;

	/** Notes, in full sentences and paragraphs. */
	static final FreeText NOTE = FreeText.lines(NOTE_LIMIT);

	/** Why a caseworker opened a case by break-glass, in a few words. */
	static final FreeText EXPLANATION = FreeText.lines(500);

	private final CaseAccess access;

	private final CaseEdits edits;

	private final NoteEntryRepository notes;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final CaseRules rules;

	private final PersonService persons;

	private final FieldEncryption encryption;

	private final CaseDetailsAssembly details;

	private final CaseLists lists;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CaseHistory history;

	private final NoteReading noteReading;

	private final NoteDrafts noteDrafts;

	CaseService(CaseAccess access, CaseEdits edits, NoteEntryRepository notes, BreakGlassGrants grants,
			ErasureRequests erasures, CaseRules rules, PersonService persons, FieldEncryption encryption,
			CaseDetailsAssembly details, CaseLists lists, Clock clock, ApplicationEventPublisher events,
			CaseHistory history, NoteReading noteReading, NoteDrafts noteDrafts) {
		this.history = history;
		this.noteReading = noteReading;
		this.noteDrafts = noteDrafts;
		this.access = access;
		this.edits = edits;
		this.notes = notes;
		this.grants = grants;
		this.erasures = erasures;
		this.rules = rules;
		this.persons = persons;
		this.encryption = encryption;
		this.details = details;
		this.lists = lists;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The caseworker's own cases (assigned, primary or secondary), most recently changed
	 * first, a page of them and how many in all. A search by identity finds the persons
	 * first, then their cases among the caseworker's.
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> myCases(CaseQuery query, Pageable page) {
		List<PersonCode> persons = null;
		if (query.searchesText() && query.by() != CaseQuery.SearchBy.CASE_CODE) {
			persons = this.persons.search(query.identitySearch()).stream().map(PersonSummary::code).toList();
		}
		return this.lists.assignedTo(this.access.me(), query, persons, LocalDate.now(this.clock), page);
	}

	/**
	 * How many of the caseworker's own cases stand at each status; a status with none is
	 * left out.
	 */
	@Transactional(readOnly = true)
	public Map<CaseStatus, Long> myCasesByStatus() {
		return this.lists.allAssignedTo(this.access.me(), CaseQuery.all(), null, LocalDate.now(this.clock))
			.stream()
			.collect(Collectors.groupingBy(CaseSummary::status, () -> new EnumMap<>(CaseStatus.class),
					Collectors.counting()));
	}

	/** Opens a case to work on it; every opening is recorded. No identity, no notes. */
	@Transactional(readOnly = true)
	public CaseDetails open(CaseCode code) {
		CaseFile file = this.access.forWork(code, "open");
		this.events.publishEvent(new CaseViewed(code));
		return details(file);
	}

	@RevealsIdentity(fields = { "givenNames", "familyNames", "aliases", "dateOfBirth", "phoneNumbers", "email",
			"addresses", "documentType", "documentNumber", "identifyingRemarks" })
	@Transactional(readOnly = true)
	public Identity revealIdentity(CaseCode code) {
		return this.persons.revealIdentity(this.access.forWork(code, "reveal").person());
	}

	public CaseDetails changeSituation(CaseCode code, long expectedVersion, Situation situation) {
		return change(code, expectedVersion, "change", file -> file
			.changeSituation(this.rules.check(situation, file.answers().situation()), this.clock.instant()));
	}

	public CaseDetails changeNeeds(CaseCode code, long expectedVersion, Needs needs) {
		return change(code, expectedVersion, "change",
				file -> file.changeNeeds(this.rules.check(needs), this.clock.instant()));
	}

	public CaseDetails changeNonPunishment(CaseCode code, long expectedVersion, NonPunishment record) {
		return change(code, expectedVersion, "change",
				file -> file.changeNonPunishment(this.rules.check(record), this.clock.instant()));
	}

	public CaseDetails scheduleFollowUp(CaseCode code, long expectedVersion, LocalDate on) {
		return change(code, expectedVersion, "change",
				file -> file.scheduleFollowUp(this.rules.checkFollowUp(on), this.clock.instant()));
	}

	public CaseDetails advance(CaseCode code, long expectedVersion, CaseStatus next) {
		return change(code, expectedVersion, "advance", file -> file.advanceTo(next, this.clock.instant()));
	}

	public CaseDetails requestClosure(CaseCode code, long expectedVersion, Closure.Outcome outcome) {
		UUID me = this.access.me();
		return change(code, expectedVersion, "close", file -> file.requestClosure(outcome, me, this.clock.instant()));
	}

	public CaseDetails reopen(CaseCode code, long expectedVersion, Closure.ReopenReason reason) {
		return change(code, expectedVersion, "reopen", file -> file.reopen(reason, this.clock.instant()));
	}

	/**
	 * Every change of the case, its opening first, then oldest first: when, by whom (or
	 * Haven itself), which parts, the consent, care plan, services, tasks and after-care
	 * included; what one transaction changed as one entry. Never what changed.
	 */
	@Transactional(readOnly = true)
	public List<CaseChange> history(CaseCode code) {
		return this.history.of(this.access.forWork(code, "history"));
	}

	/**
	 * The case's notes, newest first; extra-sensitive ones masked until revealed one by
	 * one. A note that fails its integrity check comes marked as such, and the finding is
	 * recorded; the others read as usual.
	 */
	@RevealsIdentity(fields = "notes")
	@Transactional(readOnly = true)
	public List<Note> notes(CaseCode code) {
		CaseFile file = this.access.forWork(code, "notes");
		return this.noteReading.all(file);
	}

	@RevealsIdentity(fields = "note")
	@Transactional(readOnly = true)
	public Note revealNote(CaseCode code, UUID noteId) {
		CaseFile file = this.access.forWork(code, "note");
		return this.noteReading.revealed(file, noteId);
	}

	public UUID addNote(CaseCode code, String text, boolean extraSensitive) {
		Problems problems = new Problems();
		String checked = NOTE.check(problems, "text", text, false);
		if (checked.isEmpty()) {
			problems.add("text", "case.note.required");
		}
		problems.throwIfAny();
		CaseFile file = this.access.forChange(code, "add-note");
		UUID id = UUID.randomUUID();
		byte[] body = this.encryption.cipherFor(file.id()).encrypt(NoteEntry.field(id), checked);
		this.notes
			.saveAndFlush(new NoteEntry(id, file.id(), this.access.me(), extraSensitive, body, this.clock.instant()));
		this.noteDrafts.discard(file, this.access.me());
		this.events.publishEvent(new NoteAdded(code, extraSensitive));
		return id;
	}

	/**
	 * Asks for the person's identity to be erased, with a coded reason: a supervisor
	 * other than the caseworker decides. Only a caseworker assigned to the case asks; one
	 * request waits per person at most.
	 */
	public CaseDetails requestErasure(CaseCode code, ErasureReason reason) {
		if (reason == null) {
			throw new InvalidInputException(Problem.of("reason", "case.erasure.reason-required"));
		}
		if (!reason.givenByCaseworkers()) {
			throw new InvalidInputException(Problem.of("reason", "validation.invalid"));
		}
		CaseFile file = this.access.forChange(code, "request-erasure");
		if (this.persons.summary(file.person()).erased()) {
			throw new InvalidInputException(Problem.ofForm("case.erasure.already-erased"));
		}
		if (this.erasures.waitingFor(file.person()).isPresent()) {
			throw new InvalidInputException(Problem.ofForm("case.erasure.already-requested"));
		}
		this.erasures.add(UUID.randomUUID(), file, reason, this.access.me(), this.clock.instant());
		this.events.publishEvent(new ErasureRequested(code, reason));
		return details(file);
	}

	/**
	 * Keeps the note the caseworker is typing on the case, encrypted under the case's
	 * key, so that quick hide, a lost connection or a closed tab loses nothing; blank
	 * text discards it. Only the length is checked until the note is added. Not an
	 * audited change: nothing is part of the case until the note is added.
	 */
	public void keepNoteDraft(CaseCode code, String text) {
		String kept = text == null ? "" : text;
		if (kept.codePointCount(0, kept.length()) > NOTE_LIMIT) {
			throw new InvalidInputException(Problem.of("text", "validation.too-long", NOTE_LIMIT));
		}
		CaseFile file = this.access.forChange(code, "note-draft");
		if (kept.isBlank()) {
			this.noteDrafts.discard(file, this.access.me());
		}
		else {
			this.noteDrafts.keep(file, this.access.me(), kept, this.clock.instant());
		}
	}

	/** Whether the caseworker left a note unfinished on the case; says nothing of it. */
	@Transactional(readOnly = true)
	public boolean hasNoteDraft(CaseCode code) {
		return this.noteDrafts.exists(this.access.forWork(code, "note-draft"), this.access.me());
	}

	/**
	 * The note the caseworker was typing on the case and did not add, to be offered
	 * again. Only its author reads it.
	 */
	@RevealsIdentity(fields = "note draft")
	@Transactional(readOnly = true)
	public Optional<NoteDraft> noteDraft(CaseCode code) {
		return this.noteDrafts.find(this.access.forWork(code, "note-draft"), this.access.me());
	}

	/**
	 * Opens a case not assigned to the caseworker, to read it for an hour, with a reason
	 * that supervisors see at once. A case that does not exist is "not found", as always.
	 */
	public CaseDetails breakGlass(CaseCode code, BreakGlassReason reason, String explanation) {
		Problems problems = new Problems();
		if (reason == null) {
			problems.add("reason", "case.break-glass.reason-required");
		}
		String explained = EXPLANATION.check(problems, "explanation", explanation, false);
		if (reason == BreakGlassReason.OTHER && explained.isEmpty()) {
			problems.add("explanation", "case.break-glass.explanation-required");
		}
		problems.throwIfAny();
		CaseFile file = this.access.existing(code).orElseThrow(() -> this.access.refused(code, "break-glass"));
		UUID me = this.access.me();
		if (!this.access.isAssigned(file, me)) {
			Instant until = this.grants.open(file, me, reason, explained, this.clock.instant());
			this.events.publishEvent(new BreakGlassOpened(code, reason, until));
		}
		return details(file);
	}

	private CaseDetails details(CaseFile file) {
		return this.details.of(file, this.access.me());
	}

	private CaseDetails change(CaseCode code, long expectedVersion, String action, Consumer<CaseFile> edit) {
		return details(this.edits.apply(this.access.forChange(code, action), expectedVersion, edit));
	}

}
