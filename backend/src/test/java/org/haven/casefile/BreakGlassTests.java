package org.haven.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Break-glass is an hour of reading, and nothing more: it never turns into an assignment,
 * changes nothing, ends early when a supervisor says so, and leaves no access behind.
 * Supervisors learn of every opening at once, and reading why someone opened a case is an
 * audited read.
 */
@IntegrationTest
class BreakGlassTests {

	@Autowired
	CaseService cases;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void during_the_hour_the_duplicate_check_never_counts_a_break_glass_case_among_the_caseworkers_own() {
		Identity person = someone();
		CaseCode carols = this.fixtures.takenInBy("carol", person);
		this.fixtures.breakGlass("chen", carols);
		DraftId draft = this.fixtures.draftOf("chen", person);

		DuplicateCheck check = chen(() -> this.intake.checkDuplicates(draft));

		assertThat(check.yourCases()).doesNotContain(carols);
		assertThat(check.matchesElsewhere()).isTrue();
	}

	@Test
	void an_intake_cannot_add_a_case_for_the_person_of_a_case_read_by_break_glass() {
		Identity person = someone();
		CaseCode carols = this.fixtures.takenInBy("carol", person);
		this.fixtures.breakGlass("chen", carols);
		DraftId draft = this.fixtures.draftOf("chen", person);
		long version = chen(() -> this.intake.save(draft, chen(() -> this.intake.open(draft)).version(),
				IntakeStep.REVIEW, person, TestIntakes.consentOnly()));
		long before = lastSeq();

		assertThatThrownBy(() -> chen(() -> this.intake.complete(draft, version, null, carols, true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("intake.duplicates.not-your-case"));

		assertThat(refusals(before, "case:intake-same-person:break-glass-read-only")).isEqualTo(1);
		assertThat(chen(() -> this.intake.mine()).stream().map(DraftSummary::id)).contains(draft);
		assertThat(assignedCaseCodes("chen")).doesNotContain(carols);
	}

	@Test
	void after_the_hour_the_break_glass_caseworker_has_nothing_left_of_the_case_or_the_person() {
		String family = "Afterwards" + TestIdentities.letters();
		CaseCode carols = this.fixtures.takenInBy("carol", TestIdentities.named("Hauwa", family));
		PersonCode person = this.fixtures.personOf("carol", carols);
		this.fixtures.breakGlass("chen", carols);
		assertThat(chen(() -> this.persons.revealIdentity(person)).familyNames()).isEqualTo(family);

		this.clock.after(Duration.ofMinutes(61), () -> chen(() -> {
			assertThatThrownBy(() -> this.cases.open(carols)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.cases.revealIdentity(carols)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.cases.notes(carols)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.persons.summary(person)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.persons.revealIdentity(person)).isInstanceOf(NotFoundException.class);
			assertThat(this.persons.search(new IdentitySearch(family, null, null, null))).isEmpty();
			assertThat(this.cases.myCases(CaseQuery.all(), PageRequest.ofSize(500)).getContent())
				.extracting(CaseSummary::code)
				.doesNotContain(carols);
			return null;
		}));
		assertThat(assignedCaseCodes("chen")).doesNotContain(carols);
	}

	@Test
	void break_glass_never_lets_a_caseworker_change_the_case_add_a_note_nor_ask_to_close_or_erase() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		long version = this.fixtures.breakGlass("chen", carols).version();
		List<Supplier<Object>> changes = List.of(() -> this.cases.changeSituation(carols, version, Situation.NOT_ASKED),
				() -> this.cases.changeNeeds(carols, version, Needs.NOT_ASKED),
				() -> this.cases.changeNonPunishment(carols, version, NonPunishment.NOT_ASKED),
				() -> this.cases.scheduleFollowUp(carols, version, LocalDate.now().plusDays(3)),
				() -> this.cases.advance(carols, version, CaseStatus.ASSESSMENT),
				() -> this.cases.requestClosure(carols, version, Closure.Outcome.GOALS_ACHIEVED),
				() -> this.cases.addNote(carols, "Written by break-glass", false),
				() -> this.cases.requestErasure(carols, ErasureReason.PERSON_ASKED));
		for (Supplier<Object> change : changes) {
			long before = lastSeq();
			assertThatThrownBy(() -> chen(change)).isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("case.break-glass.read-only"));
			assertThat(this.jdbc.queryForObject("""
					select count(*) from audit_event where seq > ? and action = 'ACCESS_REFUSED' and outcome = 'DENIED'
					and actor_username = 'chen' and subject_id = ? and reason like '%break-glass-read-only'""",
					Long.class, before, carols.value()))
				.isEqualTo(1);
		}
		CaseDetails unchanged = this.fixtures.open("carol", carols);
		assertThat(unchanged.version()).isEqualTo(version);
		assertThat(unchanged.erasureRequested()).isNull();
		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.cases.notes(carols))).isEmpty();
		assertThat(this.fixtures.open("chen", carols).readOnly()).isTrue();
	}

	@Test
	void break_glass_never_lets_a_caseworker_change_the_persons_identity_or_profile() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		PersonCode person = this.fixtures.personOf("carol", carols);
		this.fixtures.breakGlass("chen", carols);
		long version = chen(() -> this.persons.summary(person)).version();

		assertThat(chen(() -> this.persons.mayChange(person))).isFalse();
		assertThatThrownBy(() -> chen(() -> this.persons.changeIdentity(person, version, someone())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("person.read-only"));
		assertThatThrownBy(() -> chen(() -> this.persons.changeProfile(person, version, Profile.notAskedYet())))
			.isInstanceOf(InvalidInputException.class);
		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.persons.summary(person)).version())
			.isEqualTo(version);
		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.persons.mayChange(person))).isTrue();
	}

	@Test
	void a_supervisor_ends_a_break_glass_grant_early_and_the_access_is_gone_at_once_and_for_good() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		this.fixtures.breakGlass("chen", carols);
		UUID grant = this.fixtures.openingOf(carols).id();
		long before = lastSeq();

		sam(() -> {
			this.supervision.endBreakGlass(carols, grant);
			return null;
		});

		assertThatThrownBy(() -> chen(() -> this.cases.open(carols))).isInstanceOf(NotFoundException.class);
		BreakGlassRecord ended = this.fixtures.openingOf(carols);
		assertThat(ended.endedAt()).isNotNull();
		assertThat(ended.endedBy()).isEqualTo("sam");
		assertThat(ended.activeAt(Instant.now())).isFalse();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where seq > ? and action = 'BREAK_GLASS_ENDED'
				and actor_username = 'sam' and subject_id = ? and reason = 'access of chen'""", Long.class, before,
				carols.value()))
			.isEqualTo(1);
		assertThatThrownBy(() -> sam(() -> {
			this.supervision.endBreakGlass(carols, grant);
			return null;
		})).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
					.containsExactly("supervision.break-glass.already-over"));
	}

	@Test
	void the_list_says_whether_an_opening_was_explained_and_reading_the_explanation_is_recorded_like_an_identity() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		chen(() -> this.cases.breakGlass(carols, BreakGlassReason.OTHER, "She came in with her daughter"));
		BreakGlassRecord opening = this.fixtures.openingOf(carols);
		assertThat(opening.explained()).isTrue();
		assertThat(opening.toString()).doesNotContain("daughter");
		long before = lastSeq();

		BreakGlassExplanation explanation = sam(
				() -> this.supervision.revealBreakGlassExplanation(carols, opening.id()));

		assertThat(explanation.text()).isEqualTo("She came in with her daughter");
		assertThat(explanation.toString()).doesNotContain("daughter");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where seq > ? and action = 'IDENTITY_REVEALED' and outcome = 'ALLOWED'
				and actor_username = 'sam' and subject_id = ? and fields like '%break-glass explanation%'""",
				Long.class, before, carols.value()))
			.isEqualTo(1);
		CaseCode another = this.fixtures.takenInBy("carol", someone());
		assertThatThrownBy(() -> sam(() -> this.supervision.revealBreakGlassExplanation(another, opening.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void a_reviewed_opening_stops_counting_for_supervisors_once_its_hour_is_over() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		int before = sam(() -> this.supervision.countBreakGlassToLookAt());
		this.fixtures.breakGlass("chen", carols);
		UUID grant = this.fixtures.openingOf(carols).id();
		assertThat(sam(() -> this.supervision.countBreakGlassToLookAt())).isEqualTo(before + 1);

		sam(() -> {
			this.supervision.reviewBreakGlass(carols, grant);
			return null;
		});

		assertThat(this.fixtures.openingOf(carols).reviewedBy()).isEqualTo("sam");
		assertThat(sam(() -> this.supervision.countBreakGlassToLookAt())).as("still running").isEqualTo(before + 1);
		assertThat(
				this.clock.after(Duration.ofMinutes(61), () -> sam(() -> this.supervision.countBreakGlassToLookAt())))
			.isLessThanOrEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'BREAK_GLASS_REVIEWED' and subject_id = ?", Long.class,
				carols.value()))
			.isEqualTo(1);
	}

	@Test
	void every_opening_end_and_review_reaches_the_listeners_of_every_node_through_the_database() throws Exception {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		CountDownLatch opened = new CountDownLatch(1);
		CountDownLatch ended = new CountDownLatch(2);
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof BreakGlassOpeningsChanged) {
				opened.countDown();
				ended.countDown();
			}
		};
		ApplicationEventMulticaster multicaster = this.context.getBean(ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			this.fixtures.breakGlass("chen", carols);
			assertThat(opened.await(10, TimeUnit.SECONDS)).as("told of the opening").isTrue();
			UUID grant = this.fixtures.openingOf(carols).id();
			sam(() -> {
				this.supervision.endBreakGlass(carols, grant);
				return null;
			});
			assertThat(ended.await(10, TimeUnit.SECONDS)).as("told of the end").isTrue();
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
	}

	@Test
	void the_application_role_cannot_revive_an_ended_grant_nor_undo_a_review_nor_widen_one() {
		CaseCode carols = this.fixtures.takenInBy("carol", someone());
		this.fixtures.breakGlass("chen", carols);
		UUID grant = this.fixtures.openingOf(carols).id();
		sam(() -> {
			this.supervision.reviewBreakGlass(carols, grant);
			this.supervision.endBreakGlass(carols, grant);
			return null;
		});

		assertThatThrownBy(() -> this.jdbc
			.update("update break_glass_grant set ended_at = null, ended_by = null where id = ?", grant)).rootCause()
			.hasMessageContaining("ended and reviewed once");
		assertThatThrownBy(() -> this.jdbc
			.update("update break_glass_grant set reviewed_at = null, reviewed_by = null where id = ?", grant))
			.rootCause()
			.hasMessageContaining("ended and reviewed once");
		assertThatThrownBy(() -> this.jdbc
			.update("update break_glass_grant set expires_at = expires_at + interval '1 day' where id = ?", grant))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> chen(() -> this.cases.open(carols))).isInstanceOf(NotFoundException.class);
	}

	private Set<CaseCode> assignedCaseCodes(String caseworker) {
		return Set.copyOf(this.jdbc.queryForList("""
				select c.code from case_file c join case_caseworker w on w.case_id = c.id
				join app_user u on u.id = w.account_id where u.username = ?""", String.class, caseworker)
			.stream()
			.map(CaseCode::new)
			.toList());
	}

	private long lastSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	private long refusals(long after, String what) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'ACCESS_REFUSED' and reason = ?",
				Long.class, after, what);
		return count == null ? 0 : count;
	}

	private static Identity someone() {
		return TestIdentities.identity("Amaka" + TestIdentities.letters(), "Okoro" + TestIdentities.letters(),
				LocalDate.of(1994, 2, 2), "+234 802 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000)),
				null);
	}

	private static <T> T chen(Supplier<T> work) {
		return TestSecurity.as("chen", "CASEWORKER", work);
	}

	private static <T> T sam(Supplier<T> work) {
		return TestSecurity.as("sam", "SUPERVISOR", work);
	}

}
