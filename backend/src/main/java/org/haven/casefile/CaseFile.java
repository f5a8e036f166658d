package org.haven.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.haven.crypto.AuthorizationSeal;
import org.haven.person.PersonCode;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A case and its workflow rules: forward one step at a time; closing needs an outcome and
 * a supervisor's approval; a closed case changes no more until reopened with a reason.
 * Every change is kept by Envers. What grants access to identity (the link to the person,
 * the assignments) is sealed by {@link CaseSeals} before it is stored; a change of it
 * leaves it unsealed until then, so that it cannot be stored unsealed by mistake. Seals
 * are not kept in the history: they would only hand old, valid seals to whoever reads it.
 * Each change registers its event ({@link CaseEvent}), published when the case is saved,
 * in the same transaction.
 */
@Entity
@Table(name = "case_file")
@Audited
class CaseFile extends AbstractAggregateRoot<CaseFile> {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "code", nullable = false, updatable = false, length = 16)
	private String code;

	@Column(name = "person_code", nullable = false, updatable = false, length = 16)
	private String personCode;

	/** Raised by every reassignment; the assignments' seals are bound to it. */
	@NotAudited
	@Column(name = "assignment_generation", nullable = false)
	private long assignmentGeneration;

	@NotAudited
	@Column(name = "seal", nullable = false)
	private byte[] seal;

	/** The seal of the case's team, made and checked with its link's. */
	@NotAudited
	@Column(name = "team_seal", nullable = false)
	private byte[] teamSeal;

	/**
	 * The link was made or changed by Haven and is not sealed yet; never true of a stored
	 * row, even one without a seal.
	 */
	@Transient
	private boolean linkAwaitsSeal;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	private CaseStatus status;

	/** The team the case belongs to: its supervisors hold it. */
	@Column(name = "team_id", nullable = false)
	private UUID teamId;

	@Embedded
	private CaseOpening opening;

	@Embedded
	private CaseAnswers answers;

	@Embedded
	private CaseClosure closure = new CaseClosure();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "case_caseworker", joinColumns = @JoinColumn(name = "case_id"))
	private Set<Assignment> caseworkers = new HashSet<>();

	protected CaseFile() {
	}

	CaseFile(UUID id, CaseCode code, PersonCode person, UUID team, UUID primaryCaseworker, Situation situation,
			Needs needs, NonPunishment nonPunishment, Instant now) {
		this.id = id;
		this.teamId = team;
		this.code = code.value();
		this.personCode = person.value();
		this.status = CaseStatus.INTAKE;
		this.opening = new CaseOpening(primaryCaseworker, now);
		this.answers = new CaseAnswers(situation, needs, nonPunishment);
		this.updatedAt = now;
		this.assignmentGeneration = 1;
		this.linkAwaitsSeal = true;
		this.caseworkers.add(new Assignment(primaryCaseworker, true));
	}

	void advanceTo(CaseStatus next, Instant now) {
		requireOpen();
		if (closurePending()) {
			throw new WorkflowRefused("status", "case.workflow.closure-pending");
		}
		if (next == null || !this.status.next().contains(next)) {
			throw new WorkflowRefused("status", "case.workflow.step-not-allowed");
		}
		this.status = next;
		changed(new StatusAdvanced(code()), now);
	}

	void requestClosure(Closure.Outcome outcome, UUID caseworker, Instant now) {
		requireOpen();
		closing().request(outcome, caseworker, now);
		changed(new ClosureRequested(code()), now);
	}

	void approveClosure(UUID supervisor, Instant now) {
		closing().approve(supervisor, now);
		CaseStatus closedFrom = this.status;
		this.status = CaseStatus.CLOSED;
		UUID primary = this.caseworkers.stream()
			.filter(Assignment::primary)
			.map(Assignment::accountId)
			.findFirst()
			.orElse(null);
		changed(new ClosureApproved(code(), closedFrom, primary), now);
	}

	void returnClosure(Closure.ReturnReason reason, Instant now) {
		closing().sendBack(reason);
		changed(new ClosureReturned(code(), reason), now);
	}

	/** A reopened case starts again with an assessment of what the person needs now. */
	void reopen(Closure.ReopenReason reason, Instant now) {
		if (this.status != CaseStatus.CLOSED) {
			throw new WorkflowRefused(null, "case.workflow.not-closed");
		}
		closing().reopen(reason);
		this.status = CaseStatus.ASSESSMENT;
		changed(new CaseReopened(code()), now);
	}

	void changeSituation(Situation situation, Instant now) {
		requireOpen();
		this.answers.record(situation);
		changed(new SituationRecorded(code()), now);
	}

	void changeNeeds(Needs needs, Instant now) {
		requireOpen();
		this.answers.record(needs);
		changed(new NeedsRecorded(code()), now);
	}

	void changeNonPunishment(NonPunishment nonPunishment, Instant now) {
		requireOpen();
		this.answers.record(nonPunishment);
		changed(new NonPunishmentRecorded(code()), now);
	}

	void scheduleFollowUp(LocalDate on, Instant now) {
		requireOpen();
		this.answers.scheduleFollowUp(on);
		changed(new FollowUpScheduled(code(), on), now);
	}

	/** Replaces the caseworkers: one primary, any secondaries. */
	void assign(UUID primary, Set<UUID> secondaries, Instant now) {
		if (primary == null) {
			throw new WorkflowRefused("primary", "case.assign.primary-required");
		}
		this.caseworkers.clear();
		this.caseworkers.addAll(Assignment.team(primary, secondaries));
		this.assignmentGeneration++;
		this.seal = null;
		this.linkAwaitsSeal = true;
		changed(new CaseworkersAssigned(code()), now);
	}

	/**
	 * Moves the case to another team. Its caseworkers stay only when its primary is a
	 * member of the new team, and then only those who are; otherwise nobody works on it
	 * until a supervisor of the new team assigns someone.
	 */
	void transferTo(UUID team, Predicate<UUID> memberOfNewTeam, Instant now) {
		if (team == null || team.equals(this.teamId)) {
			throw new WorkflowRefused("team", "supervision.transfer.same-team");
		}
		UUID from = this.teamId;
		List<Assignment> kept = this.caseworkers.stream()
			.filter(assignment -> memberOfNewTeam.test(assignment.accountId()))
			.toList();
		boolean keepsPrimary = kept.stream().anyMatch(Assignment::primary);
		this.caseworkers.clear();
		if (keepsPrimary) {
			kept.forEach(
					assignment -> this.caseworkers.add(new Assignment(assignment.accountId(), assignment.primary())));
		}
		this.teamId = team;
		this.assignmentGeneration++;
		this.seal = null;
		this.linkAwaitsSeal = true;
		changed(new CaseTransferred(code(), from, team, keepsPrimary), now);
	}

	UUID teamId() {
		return this.teamId;
	}

	/**
	 * Seals what Haven made and has not sealed yet: the link to the person after a
	 * creation or reassignment, and new assignments. Stored rows keep the seal they have,
	 * valid or not, or none: a row written without a seal outside Haven is never sealed.
	 */
	void sealPending(CaseSeals seals) {
		if (this.linkAwaitsSeal) {
			this.seal = seals.seal(linkRow());
			this.teamSeal = seals.seal(teamRow());
			this.linkAwaitsSeal = false;
		}
		if (this.caseworkers.stream().anyMatch(Assignment::awaitsSeal)) {
			Set<Assignment> sealed = Assignment.sealed(this.caseworkers,
					assignment -> seals.seal(assignmentRow(assignment)));
			this.caseworkers.clear();
			this.caseworkers.addAll(sealed);
		}
	}

	AuthorizationSeal.Row linkRow() {
		return CaseSeals.link(this.id, this.code, this.personCode, this.assignmentGeneration);
	}

	AuthorizationSeal.Row teamRow() {
		return CaseSeals.team(this.id, this.code, this.teamId, this.assignmentGeneration);
	}

	AuthorizationSeal.Row assignmentRow(Assignment assignment) {
		return CaseSeals.assignment(this.id, assignment.accountId(), assignment.primary(), this.assignmentGeneration);
	}

	boolean closureRequestedBy(UUID account) {
		return closing().requestedBy(account);
	}

	boolean closurePending() {
		return closing().pending();
	}

	/** Hibernate leaves an embedded part out when all its columns are empty. */
	private CaseClosure closing() {
		if (this.closure == null) {
			this.closure = new CaseClosure();
		}
		return this.closure;
	}

	private void requireOpen() {
		if (this.status == CaseStatus.CLOSED) {
			throw new WorkflowRefused(null, "case.workflow.closed");
		}
	}

	/** Every change is stamped, and announced once the case is saved. */
	private void changed(CaseEvent event, Instant now) {
		this.updatedAt = now;
		registerEvent(event);
	}

	UUID id() {
		return this.id;
	}

	CaseCode code() {
		return new CaseCode(this.code);
	}

	/** The code as stored, which a forged row may not even have well-formed. */
	String codeValue() {
		return this.code;
	}

	byte[] seal() {
		return this.seal;
	}

	byte[] teamSeal() {
		return this.teamSeal;
	}

	PersonCode person() {
		return new PersonCode(this.personCode);
	}

	/** The codes of the needs recorded now; none where not asked, declined or unknown. */
	List<String> neededNow() {
		Answer needs = this.answers.needs().immediateNeeds();
		return needs.state() == Answer.State.ANSWERED ? needs.codes() : List.of();
	}

	CaseStatus status() {
		return this.status;
	}

	/**
	 * The case began with a referral: kept as part of how it began, before it is saved.
	 */
	void referredIn(ReferredIn referral) {
		this.opening.referredIn(referral);
	}

	CaseOpening opening() {
		return this.opening;
	}

	CaseAnswers answers() {
		return this.answers;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	/**
	 * Primary first, as stored: {@link CaseSeals#assignments} tells which of them count.
	 */
	List<Assignment> caseworkers() {
		return this.caseworkers.stream().sorted(Assignment.PRIMARY_FIRST).toList();
	}

	CaseParts parts() {
		return new CaseParts(this.status, this.answers.situation(), this.answers.needs(), this.answers.nonPunishment(),
				this.answers.nextFollowUpOn(), this.caseworkers, closure());
	}

	ClosureState closure() {
		return closing().state();
	}

}
