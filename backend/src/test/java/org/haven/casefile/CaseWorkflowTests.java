package org.haven.casefile;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.haven.person.PersonCode;
import org.haven.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a case's workflow, on the case itself, without a database. */
class CaseWorkflowTests {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	final UUID caseworker = UUID.randomUUID();

	final UUID supervisor = UUID.randomUUID();

	final UUID team = UUID.randomUUID();

	final CaseFile file = new CaseFile(UUID.randomUUID(), CaseCode.random(), new PersonCode("P-0000-0001"), this.team,
			this.caseworker, Situation.NOT_ASKED, Needs.NOT_ASKED, NonPunishment.NOT_ASKED, NOW);

	@Test
	void a_new_case_starts_at_intake_with_its_creator_as_primary_caseworker() {
		assertThat(this.file.status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(this.file.caseworkers()).containsExactly(new Assignment(this.caseworker, true));
	}

	@Test
	void a_case_moves_forward_one_step_at_a_time() {
		this.file.advanceTo(CaseStatus.ASSESSMENT, NOW);
		this.file.advanceTo(CaseStatus.ACTIVE_ASSISTANCE, NOW);
		this.file.advanceTo(CaseStatus.REINTEGRATION_FOLLOW_UP, NOW);

		assertThat(this.file.status()).isEqualTo(CaseStatus.REINTEGRATION_FOLLOW_UP);
	}

	@Test
	void skipping_a_step_or_going_back_is_refused() {
		assertRefused(() -> this.file.advanceTo(CaseStatus.ACTIVE_ASSISTANCE, NOW), "case.workflow.step-not-allowed");
		this.file.advanceTo(CaseStatus.ASSESSMENT, NOW);
		assertRefused(() -> this.file.advanceTo(CaseStatus.INTAKE, NOW), "case.workflow.step-not-allowed");
		assertThat(this.file.status()).isEqualTo(CaseStatus.ASSESSMENT);
	}

	@Test
	void a_caseworker_cannot_close_a_case_by_a_status_step() {
		this.file.advanceTo(CaseStatus.ASSESSMENT, NOW);
		this.file.advanceTo(CaseStatus.ACTIVE_ASSISTANCE, NOW);
		this.file.advanceTo(CaseStatus.REINTEGRATION_FOLLOW_UP, NOW);

		assertRefused(() -> this.file.advanceTo(CaseStatus.CLOSED, NOW), "case.workflow.step-not-allowed");
	}

	@Test
	void a_closure_request_needs_an_outcome() {
		assertRefused(() -> this.file.requestClosure(null, this.caseworker, NOW), "case.workflow.outcome-required");
		assertThat(this.file.closurePending()).isFalse();
	}

	@Test
	void a_closure_request_does_not_close_the_case_until_a_supervisor_approves() {
		this.file.requestClosure(Closure.Outcome.GOALS_ACHIEVED, this.caseworker, NOW);

		assertThat(this.file.status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(this.file.closurePending()).isTrue();
		assertRefused(() -> this.file.advanceTo(CaseStatus.ASSESSMENT, NOW), "case.workflow.closure-pending");

		this.file.approveClosure(this.supervisor, NOW);

		assertThat(this.file.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(this.file.closure().closedAt()).isEqualTo(NOW);
		assertThat(this.file.closure().requestedOutcome()).isEqualTo(Closure.Outcome.GOALS_ACHIEVED);
	}

	@Test
	void nobody_approves_a_closure_that_was_not_requested_nor_their_own_request() {
		assertRefused(() -> this.file.approveClosure(this.supervisor, NOW), "case.workflow.no-closure-request");
		this.file.requestClosure(Closure.Outcome.PERSON_WITHDREW, this.caseworker, NOW);
		assertRefused(() -> this.file.approveClosure(this.caseworker, NOW), "case.workflow.own-request");
	}

	@Test
	void a_returned_closure_request_needs_a_reason_and_leaves_the_case_open() {
		this.file.requestClosure(Closure.Outcome.GOALS_ACHIEVED, this.caseworker, NOW);
		assertRefused(() -> this.file.returnClosure(null, NOW), "case.workflow.return-reason-required");

		this.file.returnClosure(Closure.ReturnReason.FOLLOW_UP_MISSING, NOW);

		assertThat(this.file.closurePending()).isFalse();
		assertThat(this.file.status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(this.file.closure().returnedFor()).isEqualTo(Closure.ReturnReason.FOLLOW_UP_MISSING);
	}

	@Test
	void a_closed_case_changes_no_more() {
		close();

		assertRefused(() -> this.file.changeNeeds(Needs.NOT_ASKED, NOW), "case.workflow.closed");
		assertRefused(() -> this.file.changeSituation(Situation.NOT_ASKED, NOW), "case.workflow.closed");
		assertRefused(() -> this.file.requestClosure(Closure.Outcome.OTHER, this.caseworker, NOW),
				"case.workflow.closed");
	}

	@Test
	void reopening_needs_a_reason_and_starts_again_with_an_assessment() {
		close();
		assertRefused(() -> this.file.reopen(null, NOW), "case.workflow.reopen-reason-required");

		this.file.reopen(Closure.ReopenReason.RISK_OF_RE_TRAFFICKING, NOW);

		assertThat(this.file.status()).isEqualTo(CaseStatus.ASSESSMENT);
		assertThat(this.file.closure().reopenedFor()).isEqualTo(Closure.ReopenReason.RISK_OF_RE_TRAFFICKING);
		assertThat(this.file.closure().closedAt()).isNull();
	}

	@Test
	void only_a_closed_case_is_reopened() {
		assertRefused(() -> this.file.reopen(Closure.ReopenReason.NEW_NEEDS, NOW), "case.workflow.not-closed");
	}

	@Test
	void assigning_needs_a_primary_and_the_primary_is_not_also_secondary() {
		UUID other = UUID.randomUUID();
		assertRefused(() -> this.file.assign(null, Set.of(other), NOW), "case.assign.primary-required");

		this.file.assign(other, Set.of(other, this.caseworker), NOW);

		assertThat(this.file.caseworkers()).containsExactly(new Assignment(other, true),
				new Assignment(this.caseworker, false));
	}

	private void close() {
		this.file.requestClosure(Closure.Outcome.GOALS_ACHIEVED, this.caseworker, NOW);
		this.file.approveClosure(this.supervisor, NOW);
	}

	private static void assertRefused(Runnable step, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems())
					.anySatisfy(problem -> assertThat(problem.messageKey()).isEqualTo(messageKey)));
	}

}
