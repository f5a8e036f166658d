package org.haven.casefile;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonErasedException;
import org.haven.person.PersonService;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Erasure takes four eyes: a caseworker assigned to the case asks, with a coded reason; a
 * supervisor other than the asker approves, which destroys the person's keys, or refuses.
 * Every step is recorded, and the database itself refuses a decision by the asker or a
 * second decision.
 */
@IntegrationTest
class ErasureTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_caseworker_asks_a_supervisor_approves_and_the_identity_is_erased_for_good_each_step_recorded() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());
		PersonCode person = this.fixtures.personOf("carol", code);
		this.fixtures.noteBy("carol", code, "Told us about the farm", false);
		int waitingBefore = sam(() -> this.supervision.countErasureRequests());

		CaseDetails asked = carol(() -> this.cases.requestErasure(code, ErasureReason.PERSON_ASKED));

		assertThat(asked.erasureRequested()).isEqualTo(ErasureReason.PERSON_ASKED);
		assertThat(carol(() -> this.persons.revealIdentity(person))).isNotNull();
		assertThat(sam(() -> this.supervision.countErasureRequests())).isEqualTo(waitingBefore + 1);
		ErasureRequestRecord request = sam(() -> this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.stream()
			.filter(waiting -> waiting.code().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(request.reason()).isEqualTo(ErasureReason.PERSON_ASKED);
		assertThat(request.requestedBy()).isEqualTo("carol");
		assertThat(request.requestedAt()).isNotNull();

		sam(() -> {
			this.supervision.approveErasure(request.id());
			return null;
		});

		assertThatThrownBy(() -> carol(() -> this.persons.revealIdentity(person)))
			.isInstanceOf(PersonErasedException.class);
		assertThat(carol(() -> this.cases.notes(code))).singleElement()
			.satisfies(note -> assertThat(note.unreadable()).isTrue());
		assertThat(carol(() -> this.cases.open(code)).erasureRequested()).isNull();
		assertThat(sam(() -> this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent()))
			.extracting(ErasureRequestRecord::code)
			.doesNotContain(code);
		assertThat(event("ERASURE_REQUESTED", code.value())).isEqualTo("carol PERSON_ASKED");
		assertThat(event("ERASURE_APPROVED", code.value())).isEqualTo("sam PERSON_ASKED, asked by carol");
		assertThat(event("PERSON_ERASED", person.value())).isEqualTo("sam PERSON_ASKED");
	}

	@Test
	void a_refused_erasure_erases_nothing_and_the_caseworker_may_ask_again() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());
		PersonCode person = this.fixtures.personOf("carol", code);
		this.fixtures.erasureAskedBy("carol", code, ErasureReason.DUPLICATE_RECORD);

		sam(() -> {
			this.supervision.refuseErasure(this.fixtures.waitingErasure("sam", code));
			return null;
		});

		assertThat(carol(() -> this.persons.revealIdentity(person))).isNotNull();
		assertThat(event("ERASURE_REFUSED", code.value())).isEqualTo("sam DUPLICATE_RECORD, asked by carol");
		assertThat(this.fixtures.erasureAskedBy("carol", code, ErasureReason.PERSON_ASKED).erasureRequested())
			.isEqualTo(ErasureReason.PERSON_ASKED);
	}

	@Test
	void an_erasure_needs_a_reason_and_one_request_waits_per_person() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());

		assertThatThrownBy(() -> carol(() -> this.cases.requestErasure(code, null))).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("reason"));
		this.fixtures.erasureAskedBy("carol", code, ErasureReason.NO_LONGER_NEEDED);
		assertThatThrownBy(() -> carol(() -> this.cases.requestErasure(code, ErasureReason.PERSON_ASKED)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("case.erasure.already-requested"));
	}

	@Test
	void the_database_refuses_a_decision_by_the_asker_and_a_second_decision_even_from_the_application_role() {
		CaseCode code = this.fixtures.takenInBy("carol", someone());
		this.fixtures.erasureAskedBy("carol", code, ErasureReason.RECORDED_IN_ERROR);
		UUID request = this.fixtures.waitingErasure("sam", code);

		assertThatThrownBy(() -> this.jdbc.update("""
				update erasure_request set decision = 'APPROVED', decided_by = requested_by, decided_at = now()
				where id = ?""", request)).rootCause().hasMessageContaining("erasure_request_decided_by_another");
		sam(() -> {
			this.supervision.refuseErasure(request);
			return null;
		});
		assertThatThrownBy(
				() -> this.jdbc.update("update erasure_request set decision = 'APPROVED' where id = ?", request))
			.rootCause()
			.hasMessageContaining("decided once");
		assertThatThrownBy(() -> this.jdbc
			.update("update erasure_request set requested_by = gen_random_uuid() where id = ?", request)).rootCause()
			.hasMessageContaining("permission denied");
	}

	/** Who did it and why, of the latest event of that action on that subject. */
	private String event(String action, String subject) {
		return this.jdbc.queryForObject("""
				select actor_username || ' ' || reason from audit_event where action = ? and subject_id = ?
				order by seq desc limit 1""", String.class, action, subject);
	}

	private static Identity someone() {
		return TestIdentities.identity("Efua" + ThreadLocalRandom.current().nextInt(1_000_000), "Mensah",
				LocalDate.of(1991, 7, 7), null, null);
	}

	private static <T> T carol(Supplier<T> work) {
		return TestSecurity.as("carol", "CASEWORKER", work);
	}

	private static <T> T sam(Supplier<T> work) {
		return TestSecurity.as("sam", "SUPERVISOR", work);
	}

}
