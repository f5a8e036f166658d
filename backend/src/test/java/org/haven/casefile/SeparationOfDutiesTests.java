package org.haven.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.access.AccountDirectory;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.access.UserAccountService;
import org.haven.organisation.TeamFixtures;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.PersonService;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small organisation may make one person supervisor and caseworker; nobody decides on
 * their own work even so. Sasha, who holds both roles, never assigns herself, approves or
 * returns her own closure request, decides her own erasure request, reviews or ends her
 * own break-glass, nor closes the follow-up of her own duplicate check. Each refusal says
 * why in the user's language and is recorded; another supervisor may decide.
 */
@IntegrationTest
class SeparationOfDutiesTests {

	static final String BOTH = "sasha";

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	IntakeService intake;

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamFixtures teams;

	@BeforeEach
	void aSupervisorWhoIsAlsoACaseworkerExists() {
		if (this.directory.idOf(BOTH).isEmpty()) {
			TestSecurity.asAdministrator(() -> this.accounts.createAccount(new NewUserAccount(BOTH, "Sasha Both",
					Set.of(Role.SUPERVISOR, Role.CASEWORKER), "Small-office-both-roles-2026!")));
			this.teams.memberOfMainTeam(BOTH);
			this.teams.supervisorOfMainTeam(BOTH);
		}
	}

	@Test
	void she_is_not_offered_for_assignment_and_assigning_herself_is_refused_and_recorded() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());
		UUID sasha = this.directory.idOf(BOTH).orElseThrow();
		UUID carol = this.directory.idOf("carol").orElseThrow();
		long version = sasha(() -> this.supervision.overview(code)).version();
		assertThat(sasha(() -> this.supervision.caseworkers())).extracting(StaffMember::username)
			.contains("carol")
			.doesNotContain(BOTH);

		refusedWith("case.assign.not-yourself",
				() -> sasha(() -> this.supervision.assign(code, version, sasha, Set.of())));
		refusedWith("case.assign.not-yourself",
				() -> sasha(() -> this.supervision.assign(code, version, carol, Set.of(sasha))));

		assertThat(refusals("case:assign:own-work", code)).isEqualTo(2);
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(code)).caseworkers())
			.extracting(Caseworker::accountId)
			.containsExactly(carol);
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.assign(code, version, sasha, Set.of()))
			.caseworkers()).extracting(Caseworker::accountId).containsExactly(sasha);
	}

	@Test
	void she_neither_approves_nor_returns_her_own_closure_request_and_another_supervisor_may() {
		CaseCode code = this.fixtures.takenInBy(BOTH, someone());
		long open = sasha(() -> this.cases.open(code)).version();
		sasha(() -> this.cases.requestClosure(code, open, Closure.Outcome.GOALS_ACHIEVED));
		long requested = sasha(() -> this.supervision.overview(code)).version();

		refusedWith("case.workflow.own-request", () -> sasha(() -> this.supervision.approveClosure(code, requested)));
		refusedWith("case.workflow.own-request", () -> sasha(
				() -> this.supervision.returnClosure(code, requested, Closure.ReturnReason.OUTCOME_UNCLEAR)));

		assertThat(refusals("case:approve-closure:own-request", code)).isEqualTo(1);
		assertThat(refusals("case:return-closure:own-request", code)).isEqualTo(1);
		assertThat(
				TestSecurity.as("sam", "SUPERVISOR",
						() -> this.supervision.approveClosureDespiteConcerns(code, requested,
								Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT))
					.status())
			.isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void she_neither_approves_nor_refuses_her_own_erasure_request_and_another_supervisor_may() {
		CaseCode code = this.fixtures.takenInBy(BOTH, someone());
		sasha(() -> this.cases.requestErasure(code, ErasureReason.PERSON_ASKED));
		UUID request = this.fixtures.waitingErasure("sam", code);

		refusedWith("supervision.erasure.own-request", () -> sasha(() -> {
			this.supervision.approveErasure(request);
			return null;
		}));
		refusedWith("supervision.erasure.own-request", () -> sasha(() -> {
			this.supervision.refuseErasure(request);
			return null;
		}));

		assertThat(refusals("case:approve-erasure:own-request", code)).isEqualTo(1);
		assertThat(refusals("case:refuse-erasure:own-request", code)).isEqualTo(1);
		assertThat(sasha(() -> this.persons.summary(this.cases.open(code).person())).erased()).isFalse();
		this.fixtures.erasureApprovedBy("sam", code);
		assertThat(sasha(() -> this.persons.summary(this.cases.open(code).person())).erased()).isTrue();
	}

	@Test
	void she_neither_reviews_nor_ends_her_own_break_glass_and_another_supervisor_may() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());
		sasha(() -> this.cases.breakGlass(code, BreakGlassReason.COVERING_ABSENCE, ""));
		UUID grant = this.fixtures.openingOf(code).id();

		refusedWith("supervision.break-glass.own", () -> sasha(() -> {
			this.supervision.reviewBreakGlass(code, grant);
			return null;
		}));
		refusedWith("supervision.break-glass.own", () -> sasha(() -> {
			this.supervision.endBreakGlass(code, grant);
			return null;
		}));

		assertThat(refusals("case:review-break-glass:own-grant", code)).isEqualTo(1);
		assertThat(refusals("case:end-break-glass:own-grant", code)).isEqualTo(1);
		assertThat(sasha(() -> this.cases.open(code)).readOnly()).isTrue();
		TestSecurity.as("sam", "SUPERVISOR", () -> {
			this.supervision.reviewBreakGlass(code, grant);
			this.supervision.endBreakGlass(code, grant);
			return null;
		});
	}

	@Test
	void she_does_not_close_the_follow_up_of_her_own_duplicate_check() {
		Identity person = someone();
		CaseCode carols = this.fixtures.takenInBy("carol", person);
		DraftId draft = this.fixtures.draftOf(BOTH, person);
		sasha(() -> this.intake.checkDuplicates(draft));
		UUID followUp = sasha(() -> this.supervision.possibleDuplicates(PageRequest.ofSize(100)).getContent()).stream()
			.filter(open -> open.cases().contains(carols))
			.findFirst()
			.orElseThrow()
			.id();

		refusedWith("supervision.duplicates.own", () -> sasha(() -> {
			this.supervision.closePossibleDuplicate(followUp);
			return null;
		}));

		TestSecurity.as("sam", "SUPERVISOR", () -> {
			this.supervision.closePossibleDuplicate(followUp);
			return null;
		});
	}

	private void refusedWith(String messageKey, Runnable decision) {
		assertThatThrownBy(decision::run).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::messageKey).containsExactly(messageKey));
	}

	private long refusals(String what, CaseCode code) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and outcome = 'DENIED'
				and actor_username = ? and reason = ? and subject_id = ?""", Long.class, BOTH, what, code.value());
		return count == null ? 0 : count;
	}

	private static Identity someone() {
		return TestIdentities.identity("Yaa" + ThreadLocalRandom.current().nextInt(1_000_000), "Asantewaa",
				LocalDate.of(1988, 8, 8), null, null);
	}

	private static <T> T sasha(Supplier<T> work) {
		return TestSecurity.asHolding(BOTH, List.of("CASEWORKER", "SUPERVISOR"), work);
	}

}
