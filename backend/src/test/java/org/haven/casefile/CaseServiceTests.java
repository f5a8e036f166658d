package org.haven.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.person.ErasureReason;
import org.haven.person.Identity;
import org.haven.person.TestIdentities;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake, notes, history, break-glass and erasure, as caseworkers and supervisors meet
 * them.
 */
@IntegrationTest
class CaseServiceTests {

	@Autowired
	IntakeService intake;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void declined_and_unknown_answers_stay_apart_from_not_asked_through_draft_and_case() {
		Situation told = TestIntakes.situation()
			.acts(Answer.of("RECRUITMENT"))
			.means(Answer.declined())
			.exploitationForms(Answer.unknown())
			.countriesOfOrigin(Answer.of("NG"))
			.officialsInvolved(Answer.declined())
			.build();
		CaseCode code = caseworker(() -> {
			DraftId draft = this.intake.start();
			long version = this.intake.save(draft, 0, IntakeStep.SITUATION, identity(), TestIntakes.withConsent(told));
			assertThat(this.intake.open(draft).answers().situation()).isEqualTo(told);
			return this.intake.complete(draft, version, null, null, true);
		});

		Situation stored = caseworker(() -> this.cases.open(code)).situation();

		assertThat(stored).isEqualTo(told);
		assertThat(stored.means().state()).isEqualTo(Answer.State.DECLINED);
		assertThat(stored.exploitationForms().state()).isEqualTo(Answer.State.UNKNOWN);
		assertThat(stored.controlMeans().state()).isEqualTo(Answer.State.NOT_ASKED);
	}

	@Test
	void an_intake_without_consent_or_with_unknown_codes_is_refused_field_by_field_and_the_draft_stays() {
		DraftId draft = caseworker(() -> this.intake.start());
		long version = caseworker(() -> this.intake.save(draft, 0, IntakeStep.REVIEW, identity(),
				new IntakeAnswers(null, null,
						TestIntakes.situation()
							.acts(Answer.of("NO_SUCH_ACT"))
							.countriesOfOrigin(Answer.of("XX"))
							.exploitationFrom(LocalDate.now().plusDays(3))
							.build(),
						new Needs(new Answer(Answer.State.ANSWERED, List.of()), null), null)));

		assertThatThrownBy(() -> caseworker(() -> this.intake.complete(draft, version, null, null, true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field)
						.contains("consentToRecord", "acts", "countriesOfOrigin", "exploitationFrom",
								"immediateNeeds"));
		assertThat(caseworker(() -> this.intake.open(draft)).answers().situation().acts())
			.isEqualTo(Answer.of("NO_SUCH_ACT"));
	}

	@Test
	void the_duplicate_check_names_only_the_caseworkers_own_cases_and_says_only_that_others_exist() {
		String family = "Okonkwo" + UUID.randomUUID().toString().substring(0, 6);
		Identity same = TestIdentities.identity("Chioma", family, LocalDate.of(1990, 5, 1), null, null);
		CaseCode carols = this.fixtures.takenInBy("carol", same);
		this.fixtures.takenInBy("chen", same);
		DraftId draft = this.fixtures.draftOf("carol", same);

		DuplicateCheck check = caseworker(() -> this.intake.checkDuplicates(draft));

		assertThat(check.yourCases()).containsExactly(carols);
		assertThat(check.matchesElsewhere()).isTrue();
		long version = caseworker(() -> this.intake.open(draft)).version();
		long consented = caseworker(
				() -> this.intake.save(draft, version, IntakeStep.REVIEW, same, TestIntakes.consentOnly()));
		assertThatThrownBy(() -> caseworker(() -> this.intake.complete(draft, consented, null, null, false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("intake.duplicates.review"));

		CaseCode second = caseworker(() -> this.intake.complete(draft, consented, null, carols, false));

		assertThat(caseworker(() -> this.cases.open(second)).person())
			.isEqualTo(caseworker(() -> this.cases.open(carols)).person());
	}

	@Test
	void a_duplicate_check_made_by_an_intake_that_is_then_refused_still_counts_and_stays_recorded() {
		Identity person = TestIdentities.identity("Chiamaka", "Obi" + TestIdentities.letters(),
				LocalDate.of(1992, 3, 3), null, null);
		this.fixtures.takenInBy("chen", person);
		DraftId draft = this.fixtures.draftOf("carol", person);
		long version = caseworker(() -> this.intake.save(draft, caseworker(() -> this.intake.open(draft)).version(),
				IntakeStep.REVIEW, person, TestIntakes.consentOnly()));
		long before = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		long checksBefore = checksOfCarol();

		assertThatThrownBy(() -> caseworker(() -> this.intake.complete(draft, version, null, null, false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("intake.duplicates.review"));

		assertThat(checksOfCarol()).isEqualTo(checksBefore + 1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where seq > ? and action = 'DUPLICATES_CHECKED'
				and actor_username = 'carol' and reason like '%outside own cases%'""", Long.class, before))
			.isEqualTo(1);
	}

	private long checksOfCarol() {
		return this.jdbc.queryForObject("""
				select count(*) from person_duplicate_check d join app_user u on u.id = d.account_id
				where u.username = 'carol'""", Long.class);
	}

	@Test
	void a_stale_edit_is_a_conflict_and_overwrites_nothing() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		long version = caseworker(() -> this.cases.open(code)).version();
		caseworker(() -> this.cases.changeNeeds(code, version, new Needs(Answer.of("SAFE_SHELTER"), null)));

		assertThatThrownBy(() -> caseworker(() -> this.cases.changeNeeds(code, version, Needs.NOT_ASKED)))
			.isInstanceOf(ConflictException.class);
		assertThat(caseworker(() -> this.cases.open(code)).needs().immediateNeeds())
			.isEqualTo(Answer.of("SAFE_SHELTER"));
	}

	@Test
	void every_change_is_kept_in_the_history_with_who_made_it() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		long version = caseworker(() -> this.cases.open(code)).version();
		caseworker(() -> this.cases.advance(code, version, CaseStatus.ASSESSMENT));

		List<String> history = this.jdbc.queryForList("""
				select a.status || ' by ' || r.changed_by from case_file_aud a
				join case_revision r on r.id = a.rev join case_file c on c.id = a.id
				where c.code = ? order by a.rev""", String.class, code.value());

		assertThat(history).containsExactly("INTAKE by carol", "ASSESSMENT by carol");
		assertThat(caseworker(() -> this.cases.history(code)))
			.extracting(CaseChange::by, CaseChange::opening, CaseChange::parts)
			.as("the intake's consent to record is written with the case, in its opening")
			.containsExactly(Tuple.tuple("carol", true, List.of(CaseDetails.Part.CONSENT)),
					Tuple.tuple("carol", false, List.of(CaseDetails.Part.STATUS)));
	}

	@Test
	void break_glass_lasts_one_hour_and_supervisors_see_who_why_and_until_when() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		CaseDetails opened = TestSecurity.as("chen", "CASEWORKER",
				() -> this.cases.breakGlass(code, BreakGlassReason.OTHER, "Covering the night shift"));

		assertThat(opened.breakGlassUntil()).isNotNull();
		BreakGlassRecord record = this.fixtures.openingOf(code);
		assertThat(record.caseworker()).isEqualTo("chen");
		assertThat(record.reason()).isEqualTo(BreakGlassReason.OTHER);
		assertThat(record.explained()).isTrue();
		assertThat(TestSecurity.as("sam", "SUPERVISOR",
				() -> this.supervision.revealBreakGlassExplanation(code, record.id()).text()))
			.isEqualTo("Covering the night shift");
		assertThat(Duration.between(record.grantedAt(), record.expiresAt())).isEqualTo(Duration.ofHours(1));
		assertThat(TestSecurity.as("chen", "CASEWORKER", () -> this.cases.revealIdentity(code)).familyNames())
			.isEqualTo("Adeyemi");
	}

	@Test
	void break_glass_needs_a_reason_and_an_explanation_for_other() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());

		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER", () -> this.cases.breakGlass(code, null, "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("reason"));
		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER",
				() -> this.cases.breakGlass(code, BreakGlassReason.OTHER, " ")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::field)
						.containsExactly("explanation"));
		assertThatThrownBy(() -> TestSecurity.as("chen", "CASEWORKER", () -> this.cases.open(code)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void a_draft_field_longer_than_haven_keeps_is_refused_by_name_and_the_draft_keeps_what_was_saved() {
		DraftId draft = caseworker(() -> this.intake.start());
		long version = caseworker(() -> this.intake.save(draft, 0, IntakeStep.IDENTITY,
				TestIdentities.named("Bola", "Adeyemi"), IntakeAnswers.notAskedYet()));
		Identity tooLong = new Identity("Bola", "Adeyemi", List.of(), null, List.of(), null, List.of(), null, null,
				"r".repeat(70_000));

		InvalidInputException refused = Assertions.catchThrowableOfType(InvalidInputException.class, () -> caseworker(
				() -> this.intake.save(draft, version, IntakeStep.IDENTITY, tooLong, IntakeAnswers.notAskedYet())));

		assertThat(refused.problems()).containsExactly(Problem.of("identifyingRemarks", "validation.too-long", 2000));
		assertThat(caseworker(() -> this.intake.open(draft)).identity().familyNames()).isEqualTo("Adeyemi");
		assertThat(caseworker(() -> this.intake.save(draft, version, IntakeStep.IDENTITY,
				TestIdentities.named("Bola", "Adeyemi-Cole"), IntakeAnswers.notAskedYet())))
			.isGreaterThan(version);
	}

	@Test
	void a_note_being_typed_is_kept_for_its_author_alone_until_it_is_added() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		caseworker(() -> {
			this.cases.keepNoteDraft(code, "She said the agent took her");
			return null;
		});

		assertThat(caseworker(() -> this.cases.hasNoteDraft(code))).isTrue();
		assertThat(caseworker(() -> this.cases.noteDraft(code)))
			.hasValueSatisfying(draft -> assertThat(draft.text()).isEqualTo("She said the agent took her"));
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from case_note_draft d join case_file c on c.id = d.case_id where c.code = ?"
								+ " and position(convert_to('agent', 'UTF8') in d.body) > 0",
						Integer.class, code.value()))
			.as("stored encrypted")
			.isZero();

		this.fixtures.noteBy("carol", code, "She said the agent took her passport", false);
		assertThat(caseworker(() -> this.cases.hasNoteDraft(code))).isFalse();
		assertThat(caseworker(() -> this.cases.noteDraft(code))).isEmpty();

		caseworker(() -> {
			this.cases.keepNoteDraft(code, "Another");
			this.cases.keepNoteDraft(code, "  ");
			return null;
		});
		assertThat(caseworker(() -> this.cases.hasNoteDraft(code))).isFalse();
	}

	@Test
	void erasing_the_person_makes_the_notes_of_their_cases_unreadable_and_keeps_the_coded_parts() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		this.fixtures.noteBy("carol", code, "Told us about the farm", false);
		caseworker(() -> this.cases.requestErasure(code, ErasureReason.PERSON_ASKED));
		ErasureRequestRecord request = TestSecurity
			.as("sam", "SUPERVISOR", () -> this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.stream()
			.filter(waiting -> waiting.code().equals(code))
			.findFirst()
			.orElseThrow();
		TestSecurity.as("sam", "SUPERVISOR", () -> {
			this.supervision.approveErasure(request.id());
			return null;
		});

		assertThat(caseworker(() -> this.cases.notes(code))).singleElement().satisfies(note -> {
			assertThat(note.unreadable()).isTrue();
			assertThat(note.text()).isNull();
		});
		assertThat(caseworker(() -> this.cases.open(code)).status()).isEqualTo(CaseStatus.INTAKE);
	}

	@Test
	void erasing_the_person_takes_the_note_drafts_of_their_cases_with_it() {
		CaseCode code = this.fixtures.takenInBy("carol", identity());
		caseworker(() -> {
			this.cases.keepNoteDraft(code, "Half a sentence about the farm");
			return null;
		});
		this.fixtures.erasureAskedBy("carol", code, ErasureReason.PERSON_ASKED);
		this.fixtures.erasureApprovedBy("sam", code);

		assertThat(caseworker(() -> this.cases.hasNoteDraft(code))).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from case_note_draft d join case_file c on c.id = d.case_id where c.code = ?",
				Integer.class, code.value()))
			.isZero();
	}

	private static Identity identity() {
		return TestIdentities.named("Bola", "Adeyemi");
	}

	private static <T> T caseworker(Supplier<T> work) {
		return TestSecurity.as("carol", "CASEWORKER", work);
	}

}
