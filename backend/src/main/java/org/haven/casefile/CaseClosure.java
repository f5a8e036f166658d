package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The end of a case as part of it: who asked to close it and with which outcome, whether
 * a supervisor sent the request back or approved it, and why a closed case was reopened.
 * Guards the closure's own rules (one request at a time; the requester never approves);
 * the case guards its status around it. Every column is empty while nobody has asked.
 */
@Embeddable
class CaseClosure {

	@Enumerated(EnumType.STRING)
	@Column(name = "closure_outcome", length = 32)
	private Closure.Outcome outcome;

	@Column(name = "closure_requested_at")
	private Instant requestedAt;

	@Column(name = "closure_requested_by")
	private UUID requestedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "closure_returned_reason", length = 32)
	private Closure.ReturnReason returnedReason;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closure_approved_by")
	private UUID approvedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "reopen_reason", length = 32)
	private Closure.ReopenReason reopenReason;

	void request(Closure.Outcome outcome, UUID caseworker, Instant now) {
		if (outcome == null) {
			throw new WorkflowRefused("outcome", "case.workflow.outcome-required");
		}
		if (pending()) {
			throw new WorkflowRefused(null, "case.workflow.closure-pending");
		}
		this.outcome = outcome;
		this.requestedAt = now;
		this.requestedBy = caseworker;
		this.returnedReason = null;
	}

	void approve(UUID supervisor, Instant now) {
		requirePending();
		if (supervisor.equals(this.requestedBy)) {
			throw new WorkflowRefused(null, "case.workflow.own-request");
		}
		this.closedAt = now;
		this.approvedBy = supervisor;
	}

	void sendBack(Closure.ReturnReason reason) {
		requirePending();
		if (reason == null) {
			throw new WorkflowRefused("reason", "case.workflow.return-reason-required");
		}
		withdraw();
		this.returnedReason = reason;
	}

	/** Clears the closure of a closed case, keeping only why it was reopened. */
	void reopen(Closure.ReopenReason reason) {
		if (reason == null) {
			throw new WorkflowRefused("reason", "case.workflow.reopen-reason-required");
		}
		withdraw();
		this.returnedReason = null;
		this.closedAt = null;
		this.approvedBy = null;
		this.reopenReason = reason;
	}

	boolean pending() {
		return this.requestedAt != null && this.closedAt == null;
	}

	boolean requestedBy(UUID account) {
		return pending() && account.equals(this.requestedBy);
	}

	ClosureState state() {
		return new ClosureState(this.outcome, this.requestedAt, this.returnedReason, this.closedAt, this.reopenReason);
	}

	private void requirePending() {
		if (!pending()) {
			throw new WorkflowRefused(null, "case.workflow.no-closure-request");
		}
	}

	private void withdraw() {
		this.outcome = null;
		this.requestedAt = null;
		this.requestedBy = null;
	}

}
