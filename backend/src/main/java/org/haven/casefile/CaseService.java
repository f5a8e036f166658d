package org.haven.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.haven.access.AccountDirectory;
import org.haven.crypto.FieldEncryption;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.FreeText;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

	static final Duration BREAK_GLASS_LASTS = Duration.ofHours(1);

	static final int NOTE_LIMIT = 20_000;

	static final int EXPLANATION_LIMIT = 500;

	/** Notes, in full sentences and paragraphs. */
	static final FreeText NOTE = FreeText.lines(NOTE_LIMIT);

	/** Why a caseworker opened a case by break-glass, in a few words. */
	static final FreeText EXPLANATION = FreeText.lines(EXPLANATION_LIMIT);

	private final CaseAccess access;

	private final CaseEdits edits;

	private final NoteEntryRepository notes;

	private final BreakGlassGrants grants;

	private final ErasureRequests erasures;

	private final CaseRules rules;

	private final CaseSeals seals;

	private final PersonService persons;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final NoteReading noteReading;

	private final NoteDrafts noteDrafts;

	CaseService(CaseAccess access, CaseEdits edits, NoteEntryRepository notes, BreakGlassGrants grants,
			ErasureRequests erasures, CaseRules rules, CaseSeals seals, PersonService persons,
			FieldEncryption encryption, AccountDirectory accounts, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events, EntityManager entityManager, NoteReading noteReading,
			NoteDrafts noteDrafts) {
		this.entityManager = entityManager;
		this.noteReading = noteReading;
		this.noteDrafts = noteDrafts;
		this.access = access;
		this.edits = edits;
		this.notes = notes;
		this.grants = grants;
		this.erasures = erasures;
		this.rules = rules;
		this.seals = seals;
		this.persons = persons;
		this.encryption = encryption;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The caseworker's own cases (assigned, primary or secondary), most recently changed
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> myCases(CaseQuery query, int offset, int limit) {
		return mine(query).stream().skip(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, 500))).toList();
	}

	@Transactional(readOnly = true)
	public int countMyCases(CaseQuery query) {
		return mine(query).size();
	}

	/**
	 * Every case of the caseworker's that matches, checked one by one: the database
	 * cannot check seals, so a case counts only when its link to its person and the
	 * assignment both carry theirs.
	 */
	private List<CaseSummary> mine(CaseQuery query) {
		MyCasesSql sql = myCasesSql(query);
		if (sql == null) {
			return List.of();
		}
		return this.jdbc.query("""
				select c.code, c.status, w.is_primary, c.next_follow_up_on, c.closure_requested_at, c.closed_at,
				       c.created_at, c.updated_at, c.id, c.person_code, c.assignment_generation, c.seal, w.account_id,
				       w.seal
				""" + sql.from() + " order by c.updated_at desc, c.id", (row, number) -> {
			UUID caseId = row.getObject(9, UUID.class);
			String code = row.getString(1);
			long generation = row.getLong(11);
			boolean sealed = this.seals.check(CaseSeals.link(caseId, code, row.getString(10), generation),
					row.getBytes(12), code, caseId)
					&& this.seals.check(
							CaseSeals.assignment(caseId, row.getObject(13, UUID.class), row.getBoolean(3), generation),
							row.getBytes(14), code, caseId);
			return !sealed ? null
					: new CaseSummary(new CaseCode(code), CaseStatus.valueOf(row.getString(2)), row.getBoolean(3),
							row.getObject(4, LocalDate.class),
							row.getTimestamp(5) != null && row.getTimestamp(6) == null, row.getTimestamp(7).toInstant(),
							row.getTimestamp(8).toInstant());
		}, sql.arguments().toArray()).stream().filter(Objects::nonNull).toList();
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
		return change(code, expectedVersion, "change",
				file -> file.changeSituation(this.rules.check(situation, file.situation()), now()));
	}

	public CaseDetails changeNeeds(CaseCode code, long expectedVersion, Needs needs) {
		return change(code, expectedVersion, "change", file -> file.changeNeeds(this.rules.check(needs), now()));
	}

	public CaseDetails changeNonPunishment(CaseCode code, long expectedVersion, NonPunishment record) {
		return change(code, expectedVersion, "change",
				file -> file.changeNonPunishment(this.rules.check(record), now()));
	}

	public CaseDetails scheduleFollowUp(CaseCode code, long expectedVersion, LocalDate on) {
		return change(code, expectedVersion, "change",
				file -> file.scheduleFollowUp(this.rules.checkFollowUp(on), now()));
	}

	public CaseDetails advance(CaseCode code, long expectedVersion, CaseStatus next) {
		return change(code, expectedVersion, "advance", file -> file.advanceTo(next, now()));
	}

	public CaseDetails requestClosure(CaseCode code, long expectedVersion, Closure.Outcome outcome) {
		UUID me = this.access.me();
		return change(code, expectedVersion, "close", file -> file.requestClosure(outcome, me, now()));
	}

	public CaseDetails reopen(CaseCode code, long expectedVersion, Closure.ReopenReason reason) {
		return change(code, expectedVersion, "reopen", file -> file.reopen(reason, now()));
	}

	/**
	 * Every change of the case, oldest first, from the history Envers keeps: when, by
	 * whom, which parts.
	 */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public List<CaseChange> history(CaseCode code) {
		CaseFile file = this.access.forWork(code, "history");
		List<Object[]> revisions = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(CaseFile.class, false, true)
			.add(AuditEntity.id().eq(file.id()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<CaseChange> changes = new ArrayList<>();
		CaseFile earlier = null;
		for (Object[] revision : revisions) {
			CaseFile version = (CaseFile) revision[0];
			CaseRevision made = (CaseRevision) revision[1];
			List<CaseDetails.Part> parts = earlier == null ? List.of() : version.parts().changedSince(earlier.parts());
			if (earlier == null || !parts.isEmpty()) {
				changes.add(new CaseChange(Instant.ofEpochMilli(made.changedAt()), made.changedBy(), parts));
			}
			earlier = version;
		}
		return changes;
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
		return this.noteReading.read(file, this.notes.findByCaseIdOrderByCreatedAtDesc(file.id()), false);
	}

	@RevealsIdentity(fields = "note")
	@Transactional(readOnly = true)
	public Note revealNote(CaseCode code, UUID noteId) {
		CaseFile file = this.access.forWork(code, "note");
		NoteEntry entry = this.notes.findById(noteId)
			.filter(found -> found.caseId().equals(file.id()))
			.orElseThrow(() -> new NotFoundException("note"));
		return this.noteReading.read(file, List.of(entry), true).getFirst();
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
		this.notes.saveAndFlush(new NoteEntry(id, file.id(), this.access.me(), extraSensitive, body, now()));
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
		CaseFile file = this.access.forChange(code, "request-erasure");
		if (this.persons.summary(file.person()).erased()) {
			throw new InvalidInputException(Problem.ofForm("case.erasure.already-erased"));
		}
		if (this.erasures.waitingFor(file.person()).isPresent()) {
			throw new InvalidInputException(Problem.ofForm("case.erasure.already-requested"));
		}
		this.erasures.add(UUID.randomUUID(), file, reason, this.access.me(), now());
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
			this.noteDrafts.keep(file, this.access.me(), kept, now());
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
			UUID grant = UUID.randomUUID();
			byte[] sealed = explained.isEmpty() ? null
					: this.encryption.cipherFor(file.id()).encrypt(BreakGlassGrant.field(grant), explained);
			Instant now = now();
			Instant until = now.plus(BREAK_GLASS_LASTS);
			this.grants
				.open(new BreakGlassGrant(grant, file.id(), me, reason, sealed, now, until).sealedBy(this.seals));
			this.events.publishEvent(new BreakGlassOpened(code, reason, until));
		}
		return details(file);
	}

	CaseDetails details(CaseFile file) {
		List<Assignment> assignments = this.access.assignments(file);
		Map<UUID, String> names = this.accounts.usernamesOf(assignments.stream().map(Assignment::accountId).toList());
		List<Caseworker> caseworkers = assignments.stream()
			.map(assignment -> new Caseworker(assignment.accountId(), names.getOrDefault(assignment.accountId(), "?"),
					assignment.primary()))
			.toList();
		UUID me = this.access.me();
		Instant breakGlassUntil = this.access.isAssigned(file, me) ? null
				: this.grants.activeUntil(file, me, now()).orElse(null);
		ErasureReason erasureRequested = this.erasures.waitingFor(file.person())
			.map(ErasureRequests.Waiting::reason)
			.orElse(null);
		return new CaseDetails(file.code(), file.person(), file.status(), file.consentToRecord(), file.situation(),
				file.needs(), file.nonPunishment(), caseworkers, file.nextFollowUpOn(), file.closure(), breakGlassUntil,
				erasureRequested, file.createdAt(), file.updatedAt(), file.version());
	}

	private CaseDetails change(CaseCode code, long expectedVersion, String action, Consumer<CaseFile> edit) {
		return details(this.edits.apply(this.access.forChange(code, action), expectedVersion, edit));
	}

	private MyCasesSql myCasesSql(CaseQuery query) {
		StringBuilder from = new StringBuilder(
				" from case_file c join case_caseworker w on w.case_id = c.id and w.account_id = ? where true");
		List<Object> arguments = new ArrayList<>();
		arguments.add(this.access.me());
		if (query.searchesText()) {
			if (query.by() == CaseQuery.SearchBy.CASE_CODE) {
				CaseCode code = CaseCode.parse(query.text()).orElseThrow();
				from.append(" and c.code = ?");
				arguments.add(code.value());
			}
			else {
				Collection<PersonCode> people = this.persons.search(identitySearch(query))
					.stream()
					.map(PersonSummary::code)
					.toList();
				if (people.isEmpty()) {
					return null;
				}
				from.append(" and c.person_code in (").append(placeholders(people.size())).append(")");
				people.forEach(person -> arguments.add(person.value()));
			}
		}
		if (!query.statuses().isEmpty()) {
			from.append(" and c.status in (").append(placeholders(query.statuses().size())).append(")");
			query.statuses().forEach(status -> arguments.add(status.name()));
		}
		if (query.followUpDue()) {
			from.append(" and c.next_follow_up_on <= ? and c.status <> 'CLOSED'");
			arguments.add(LocalDate.now(this.clock));
		}
		return new MyCasesSql(from.toString(), arguments);
	}

	private static IdentitySearch identitySearch(CaseQuery query) {
		return switch (query.by()) {
			case NAME -> new IdentitySearch(query.text(), null, null, null);
			case PHONE -> new IdentitySearch(null, null, query.text(), null);
			case DOCUMENT_NUMBER -> new IdentitySearch(null, null, null, query.text());
			case CASE_CODE -> throw new IllegalArgumentException("not an identity search");
		};
	}

	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private record MyCasesSql(String from, List<Object> arguments) {
	}

}
