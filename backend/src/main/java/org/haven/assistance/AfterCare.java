package org.haven.assistance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.platform.Days;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts with the person after intake, while the person's consent to follow-up contact
 * is live: follow-up contacts of an open case (answering its follow-up task, or
 * unplanned), and the after-care checks of a case closed with reintegration, without
 * reopening it (each answering its task). A contact that finds risk says so; after
 * closure the caseworker may then reopen the case for that reason. Notes are encrypted
 * under the case's data key; every read and record is in the audit trail.
 */
@Service
@Transactional
public class AfterCare {

	static final int MAX_NOTES_LENGTH = 2000;

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private final AfterCareCheckEntries checks;

	private final TaskEntries tasks;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final ReferenceData reference;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AfterCare(AfterCareCheckEntries checks, TaskEntries tasks, CaseWork cases, ConsentCheck consent,
			ReferenceData reference, FieldEncryption encryption, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.checks = checks;
		this.tasks = tasks;
		this.cases = cases;
		this.consent = consent;
		this.reference = reference;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The contacts recorded on the case, oldest first, notes included. */
	@PreAuthorize(CASEWORKER)
	public List<AfterCareCheck> checks(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "after-care:read");
		List<AfterCareCheckEntry> found = this.checks.findByCaseIdOrderByRecordedAt(worked.id());
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(found.stream().map(AfterCareCheckEntry::recordedBy).distinct().toList());
		this.events.publishEvent(new CarePlanRead(worked.code()));
		return found.stream().map(entry -> check(entry, cipher, usernames)).toList();
	}

	/**
	 * Records the contact a follow-up task of the open case, or an after-care task of the
	 * closed case, asked for; the task is then done.
	 */
	@PreAuthorize(CASEWORKER)
	public AfterCareCheck record(CaseCode code, UUID task, long taskVersion, NewAfterCareCheck check) {
		WorkedCase worked = this.cases.forChange(code, "after-care:record");
		this.consent.requireFor(worked, ConsentPurpose.FOLLOW_UP_CONTACT, "");
		TaskEntry due = this.tasks.findById(task)
			.filter(found -> found.caseId().equals(worked.id()) && found.kind() == dueKind(worked))
			.orElseThrow(() -> new InvalidInputException(Problem.ofForm("after-care.task-unknown")));
		if (due.version() != taskVersion) {
			throw new ConflictException(CaseTasks.TASK);
		}
		AfterCareCheck recorded = save(worked, due.id(), check);
		due.done(Days.today(this.clock));
		this.tasks.saveAndFlush(due);
		this.events.publishEvent(new TaskDone(worked.code(), due.kind()));
		return recorded;
	}

	/**
	 * Records a follow-up contact of an open case that no task planned: the person
	 * called, or the caseworker met them. A follow-up task still open stays open.
	 */
	@PreAuthorize(CASEWORKER)
	public AfterCareCheck recordFollowUp(CaseCode code, NewAfterCareCheck check) {
		WorkedCase worked = this.cases.forChange(code, "follow-up:record");
		if (worked.status() == CaseStatus.CLOSED) {
			throw new InvalidInputException(Problem.ofForm("follow-up.case-closed"));
		}
		this.consent.requireFor(worked, ConsentPurpose.FOLLOW_UP_CONTACT, "");
		return save(worked, null, check);
	}

	private static TaskKind dueKind(WorkedCase worked) {
		return worked.status() == CaseStatus.CLOSED ? TaskKind.AFTER_CARE_CHECK : TaskKind.FOLLOW_UP;
	}

	private AfterCareCheck save(WorkedCase worked, UUID task, NewAfterCareCheck check) {
		String notes = checked(check);
		ContactKind kind = worked.status() == CaseStatus.CLOSED ? ContactKind.AFTER_CARE_CHECK : ContactKind.FOLLOW_UP;
		UUID id = UUID.randomUUID();
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		UUID me = this.accounts.signedInAccount();
		AfterCareCheckEntry saved = this.checks.saveAndFlush(new AfterCareCheckEntry(id, worked.id(), kind, task, check,
				notes == null || notes.isEmpty() ? null : cipher.encrypt(AfterCareCheckEntry.notesField(id), notes), me,
				this.clock.instant()));
		this.events
			.publishEvent(kind == ContactKind.AFTER_CARE_CHECK ? new AfterCareChecked(worked.code(), saved.riskFound())
					: new FollowUpContacted(worked.code(), check.contactMade(), saved.riskFound()));
		return check(saved, cipher, this.accounts.usernamesOf(List.of(me)));
	}

	/**
	 * The notes as they will be kept, once every answer is in order; else the problems.
	 */
	private String checked(NewAfterCareCheck check) {
		Problems problems = new Problems();
		if (check.checkedOn() == null) {
			problems.add("checkedOn", "validation.required");
		}
		else if (check.checkedOn().isAfter(Days.today(this.clock))) {
			problems.add("checkedOn", "care.date.future");
		}
		if (check.contactMade() && check.channel() == null) {
			problems.add("channel", "validation.required");
		}
		problems.required("safetyNow", check.safetyNow());
		problems.required("approachedWithWorkOrTravel", check.approachedWithWorkOrTravel());
		problems.required("pressedAboutDebt", check.pressedAboutDebt());
		problems.required("unsafeWhereLiving", check.unsafeWhereLiving());
		if (!check.servicesStillNeeded()
			.stream()
			.allMatch(type -> this.reference.isOffered(ReferenceList.SERVICE_TYPES, type))) {
			problems.add("servicesStillNeeded", "validation.invalid");
		}
		String notes = problems.lines("notes", check.notes(), MAX_NOTES_LENGTH, false);
		problems.throwIfAny();
		return notes;
	}

	private static AfterCareCheck check(AfterCareCheckEntry entry, OwnerCipher cipher, Map<UUID, String> usernames) {
		String notes = entry.notes() == null ? null
				: cipher.decrypt(AfterCareCheckEntry.notesField(entry.id()), entry.notes());
		return new AfterCareCheck(entry.id(), entry.kind(), entry.asRecorded(notes), entry.riskFound(),
				usernames.get(entry.recordedBy()));
	}

}
