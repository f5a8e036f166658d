package org.haven.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.haven.IntegrationTest;
import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.access.NewUserAccount;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.DraftId;
import org.haven.casefile.DuplicateCheck;
import org.haven.casefile.IntakeService;
import org.haven.crypto.DataKeyDestroyedException;
import org.haven.crypto.FieldEncryption;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.haven.person.TestIdentities.identity;
import static org.haven.person.TestIdentities.named;
import static org.haven.person.TestIdentities.profile;

/**
 * Persons as caseworkers and supervisors meet them, with access by the production rule
 * only: a caseworker knows of the persons of the cases assigned to them (taken in through
 * the intake, which assigns them), and of nobody else.
 */
@IntegrationTest
@WithMockUser(username = "carol", roles = "CASEWORKER")
class PersonServiceTests {

	@Autowired
	PersonService persons;

	@Autowired
	PersonStatistics statistics;

	@Autowired
	PersonRepository repository;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	IntakeService intake;

	@Autowired
	UserAccountService accounts;

	@Autowired
	TestClock clock;

	@Value("${haven.duplicate-checks-per-hour}")
	int duplicateChecksPerHour;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_registered_identity_reads_back_exactly_as_entered() {
		Identity entered = new Identity(" Amina ", "Bello", List.of("Mina"), LocalDate.of(1998, 4, 2),
				List.of("+234 803 555 0101"), "amina@example.org", List.of("12 Harbour Road\nLagos"),
				DocumentType.PASSPORT, "A1234567", "Scar above the left eye");
		PersonCode code = takenIn(entered, profile(Gender.FEMININE));

		Identity read = this.persons.revealIdentity(code);

		assertThat(read.givenNames()).isEqualTo("Amina");
		assertThat(read).usingRecursiveComparison().ignoringFields("givenNames").isEqualTo(entered);
		assertThat(read.toString()).doesNotContain("Amina", "Bello");
	}

	@Test
	void the_profile_follows_the_date_of_birth() {
		PersonCode code = takenIn(identity("Tunde", "Okafor", LocalDate.of(2010, 1, 1), null, null),
				profile(Gender.MASCULINE));
		Profile profile = this.persons.summary(code).profile();
		assertThat(profile.birthYear()).isEqualTo(2010);
		assertThat(profile.ageBand().isMinor()).isTrue();
	}

	@Test
	void bad_input_is_refused_field_by_field_without_its_values_and_nothing_is_stored() {
		long persons = this.repository.count();
		Long keys = this.jdbc.queryForObject("select count(*) from data_key", Long.class);
		String secret = "Zainab-" + "x".repeat(300);
		Identity bad = new Identity(secret, "Line\u0007Bell", List.of(), LocalDate.now().plusDays(2),
				List.of("call me maybe"), "not-an-email", List.of(), null, "<script>", null);

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.persons.register(bad, Profile.notAskedYet()));

		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(Tuple.tuple("givenNames", "validation.too-long"),
					Tuple.tuple("familyNames", "validation.control-characters"),
					Tuple.tuple("dateOfBirth", "person.date-of-birth.impossible"),
					Tuple.tuple("phoneNumbers", "person.phone.invalid"), Tuple.tuple("email", "person.email.invalid"),
					Tuple.tuple("documentNumber", "person.document-number.invalid"));
		assertThat(refused.getMessage()).doesNotContain("Zainab", "Bell", "call me", "not-an-email", "script");
		assertThat(this.repository.count()).isEqualTo(persons);
		assertThat(this.jdbc.queryForObject("select count(*) from data_key", Long.class)).isEqualTo(keys);
	}

	@Test
	void a_document_number_needs_its_document_type() {
		Identity withoutType = new Identity("Ada", null, List.of(), null, List.of(), null, List.of(), null, "X998877",
				null);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.persons.register(withoutType, Profile.notAskedYet()));
		assertThat(refused.problems()).extracting(Problem::field).containsExactly("documentType");
	}

	@Test
	void a_stale_change_is_a_conflict_and_overwrites_nothing() {
		PersonCode code = takenIn(named("Grace", "Mensah"), Profile.notAskedYet());
		long version = this.persons.summary(code).version();
		this.persons.changeIdentity(code, version, named("Grace", "Mensah-Owusu"));

		assertThatThrownBy(() -> this.persons.changeIdentity(code, version, named("Grace", "Other")))
			.isInstanceOf(ConflictException.class);
		assertThat(this.persons.revealIdentity(code).familyNames()).isEqualTo("Mensah-Owusu");
	}

	@Test
	void after_erasure_no_service_can_read_the_identity_and_the_profile_still_counts() {
		CaseCode taken = this.fixtures.takenInBy("carol",
				identity("Esi", "Nyarko", LocalDate.of(1990, 6, 6), "+233 20 555 0199", "G0011223"),
				profile(Gender.NON_CONFORMING));
		PersonCode code = this.fixtures.personOf("carol", taken);
		long nonConformingBefore = this.statistics.countByGender().getOrDefault("NON_CONFORMING", 0L);
		var person = this.repository.findByCode(code.value()).orElseThrow();

		this.fixtures.erasureAskedBy("carol", taken, ErasureReason.PERSON_ASKED);
		this.fixtures.erasureApprovedBy("sam", taken);

		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(PersonErasedException.class);
		assertThatThrownBy(() -> this.encryption.cipherFor(person.id())).isInstanceOf(DataKeyDestroyedException.class);
		assertThat(this.persons.search(new IdentitySearch("Nyarko", null, null, null))).isEmpty();
		assertThat(this.persons.search(new IdentitySearch(null, null, null, "G0011223"))).isEmpty();
		assertThat(this.fixtures
			.duplicatesFor("carol", identity("Esi", "Nyarko", LocalDate.of(1990, 6, 6), "+233 20 555 0199", null))
			.anyMatch()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from blind_index where owner_id = ?", Long.class,
				person.id()))
			.isZero();
		assertThat(this.persons.summary(code).erased()).isTrue();
		assertThat(this.persons.summary(code).profile().gender()).isEqualTo(Gender.NON_CONFORMING);
		assertThat(this.statistics.countByGender().get("NON_CONFORMING")).isEqualTo(nonConformingBefore);
	}

	@Test
	void nobody_erases_a_person_directly_neither_their_caseworker_nor_a_supervisor() {
		PersonCode code = takenIn(named("Kofi", "Annan"), Profile.notAskedYet());

		assertThatThrownBy(() -> this.persons.erase(code, ErasureReason.PERSON_ASKED))
			.isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> TestSecurity.as("sam", "SUPERVISOR", () -> {
			this.persons.erase(code, ErasureReason.PERSON_ASKED);
			return null;
		})).isInstanceOf(NotFoundException.class);

		assertThat(this.persons.revealIdentity(code).familyNames()).isEqualTo("Annan");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and subject_id = ?
				and reason = 'person:erase' and actor_username = 'sam'""", Long.class, code.value())).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "sam", roles = "SUPERVISOR")
	void a_supervisor_sees_the_profiles_of_the_persons_of_cases_but_never_an_identity() {
		PersonCode code = TestSecurity.asCaseworker(() -> takenIn(named("Hidden", "Person"), profile(Gender.FEMININE)));
		assertThat(this.persons.summaries(List.of(code)).get(code).profile().gender()).isEqualTo(Gender.FEMININE);
		assertThatThrownBy(() -> this.persons.summary(code)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.persons.search(new IdentitySearch("Hidden", null, null, null)))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void profiles_in_lists_leave_out_persons_the_user_may_not_know_of() {
		PersonCode carols = takenIn(named("Listed", "Person"), profile(Gender.FEMININE));
		PersonCode withoutCase = this.persons.register(named("No", "Case"), profile(Gender.MASCULINE));

		assertThat(this.persons.summaries(List.of(carols, withoutCase)).keySet()).containsExactly(carols);
		assertThat(TestSecurity.as("chen", "CASEWORKER", () -> this.persons.summaries(List.of(carols, withoutCase))))
			.isEmpty();
		assertThat(TestSecurity.as("sam", "SUPERVISOR", () -> this.persons.summaries(List.of(carols, withoutCase)))
			.keySet()).containsExactly(carols);
	}

	@Test
	void a_caseworker_who_took_a_person_in_and_was_then_unassigned_no_longer_finds_sees_or_reveals_them() {
		String family = "Unassigned" + TestIdentities.letters();
		CaseCode taken = this.fixtures.takenInBy("carol", identity("Bisi", family, null, "+234 700 555 1234", null),
				Profile.notAskedYet());
		PersonCode code = this.fixtures.personOf("carol", taken);
		assertThat(this.persons.search(new IdentitySearch(family, null, null, null))).hasSize(1);

		this.fixtures.reassign(taken, "chen");

		assertThatThrownBy(() -> this.persons.summary(code)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.cases.open(taken)).isInstanceOf(NotFoundException.class);
		assertThat(this.persons.search(new IdentitySearch(family, null, null, null))).isEmpty();
		assertThat(this.cases
			.myCases(new CaseQuery(CaseQuery.SearchBy.NAME, family, Set.of(), false), PageRequest.ofSize(10))
			.getContent()).isEmpty();
		assertThat(TestSecurity.as("chen", "CASEWORKER", () -> this.persons.revealIdentity(code)).familyNames())
			.isEqualTo(family);
	}

	@Test
	void a_caseworker_never_assigned_never_knew_of_the_person() {
		String family = "Elsewhere" + TestIdentities.letters();
		PersonCode code = takenIn(named("Ada", family), Profile.notAskedYet());

		TestSecurity.as("chen", "CASEWORKER", () -> {
			assertThatThrownBy(() -> this.persons.summary(code)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.persons.mayChange(code)).isInstanceOf(NotFoundException.class);
			assertThat(this.persons.search(new IdentitySearch(family, null, null, null))).isEmpty();
			return null;
		});
	}

	@Test
	void the_duplicate_check_names_only_the_caseworkers_own_cases_and_of_others_says_only_that_they_exist() {
		String phone = "+234 700 " + (1_000_000 + (int) (Math.random() * 8_000_000));
		CaseCode carols = this.fixtures.takenInBy("carol",
				identity("Ngozi", "Eze" + TestIdentities.letters(), null, phone, null));
		CaseCode chens = this.fixtures.takenInBy("chen",
				identity("Chidi", "Obi" + TestIdentities.letters(), null, phone, null));
		PersonCode chensPerson = this.fixtures.personOf("chen", chens);

		DuplicateCheck found = this.fixtures.duplicatesFor("carol", identity("Someone", "Else", null, phone, null));

		assertThat(found.yourCases()).containsExactly(carols);
		assertThat(found.matchesElsewhere()).isTrue();
		assertThat(found.toString()).doesNotContain(chens.value(), chensPerson.value());
		assertThat(this.jdbc.queryForObject("""
				select reason from audit_event where action = 'DUPLICATES_CHECKED' and actor_username = 'carol'
				order by seq desc limit 1""", String.class)).contains("1 outside own cases", chensPerson.value());
	}

	@Test
	void no_caseworker_runs_the_duplicate_check_outside_the_intake_and_the_attempt_is_recorded() {
		long before = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);

		assertThatThrownBy(
				() -> this.persons.findLikelyDuplicates(identity("Any", "One", null, "+234 700 555 0000", null)))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from audit_event where seq > ? and action = 'ACCESS_REFUSED' and actor_username = 'carol'
						and reason = 'person:duplicate-check:outside-intake'""",
				Long.class, before))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'DUPLICATES_CHECKED'", Long.class, before))
			.isZero();
	}

	@Test
	void the_duplicate_check_is_limited_per_caseworker_and_hour_and_a_refused_check_is_recorded() {
		String caseworker = "checker-" + TestIdentities.letters();
		TestSecurity.asAdministrator(() -> this.accounts.createAccount(new NewUserAccount(caseworker,
				"Checking Caseworker", Set.of(Role.CASEWORKER), "Checks-only-so-often-2026!")));
		DraftId draft = this.fixtures.draftOf(caseworker,
				identity("Some", "One", null, "+1 555 " + (2_000_000 + (int) (Math.random() * 7_000_000)), null));
		TestSecurity.as(caseworker, "CASEWORKER", () -> {
			for (int check = 0; check < this.duplicateChecksPerHour; check++) {
				this.intake.checkDuplicates(draft);
			}
			assertThatThrownBy(() -> this.intake.checkDuplicates(draft)).isInstanceOfSatisfying(
					InvalidInputException.class,
					refused -> assertThat(refused.problems()).extracting(Problem::messageKey)
						.containsExactly("person.duplicates.limit"));
			assertThat(this.clock.after(Duration.ofMinutes(61), () -> this.intake.checkDuplicates(draft))).isNotNull();
			return null;
		});
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor_username = ?
				and reason = 'person:duplicate-check:hourly-limit'""", Long.class, caseworker)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'DUPLICATES_CHECKED' and actor_username = ?",
				Long.class, caseworker))
			.isEqualTo(this.duplicateChecksPerHour + 1);
	}

	@Test
	@WithMockUser(username = "adam", roles = "ADMIN")
	void an_administrator_sees_no_person_at_all() {
		assertThatThrownBy(() -> this.persons.register(named("A", "B"), Profile.notAskedYet()))
			.isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.statistics.countByGender()).isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void a_vulnerability_answer_of_unknown_or_declined_stands_alone() {
		Profile mixed = new Profile(null, null, null, null, List.of(), null, null,
				Set.of(VulnerabilityFactor.DECLINED, VulnerabilityFactor.POVERTY));
		assertThatThrownBy(() -> this.persons.register(Identity.empty(), mixed))
			.isInstanceOf(InvalidInputException.class);
	}

	private PersonCode takenIn(Identity identity, Profile profile) {
		return this.fixtures.personTakenInBy("carol", identity, profile);
	}

}
