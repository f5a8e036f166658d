package org.haven.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.haven.IntegrationTest;
import org.haven.crypto.DataKeyDestroyedException;
import org.haven.crypto.FieldEncryption;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.haven.person.TestIdentities.identity;
import static org.haven.person.TestIdentities.profile;

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
	JdbcTemplate jdbc;

	@Test
	void a_registered_identity_reads_back_exactly_as_entered() {
		Identity entered = new Identity(" Amina ", "Bello", List.of("Mina"), LocalDate.of(1998, 4, 2),
				List.of("+234 803 555 0101"), "amina@example.org", List.of("12 Harbour Road\nLagos"),
				DocumentType.PASSPORT, "A1234567", "Scar above the left eye");
		PersonCode code = this.persons.register(entered, profile(Gender.FEMININE));

		Identity read = this.persons.revealIdentity(code);

		assertThat(read.givenNames()).isEqualTo("Amina");
		assertThat(read).usingRecursiveComparison().ignoringFields("givenNames").isEqualTo(entered);
		assertThat(read.toString()).doesNotContain("Amina", "Bello");
	}

	@Test
	void the_profile_follows_the_date_of_birth() {
		PersonCode code = this.persons.register(identity("Tunde", "Okafor", LocalDate.of(2010, 1, 1), null, null),
				TestIdentities.profile(Gender.MASCULINE));
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
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("givenNames", "validation.too-long"),
					org.assertj.core.groups.Tuple.tuple("familyNames", "validation.control-characters"),
					org.assertj.core.groups.Tuple.tuple("dateOfBirth", "person.date-of-birth.impossible"),
					org.assertj.core.groups.Tuple.tuple("phoneNumbers", "person.phone.invalid"),
					org.assertj.core.groups.Tuple.tuple("email", "person.email.invalid"),
					org.assertj.core.groups.Tuple.tuple("documentNumber", "person.document-number.invalid"));
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
		PersonCode code = this.persons.register(identity("Grace", "Mensah", null, null, null), Profile.notAskedYet());
		long version = this.persons.summary(code).version();
		this.persons.changeIdentity(code, version, identity("Grace", "Mensah-Owusu", null, null, null));

		assertThatThrownBy(
				() -> this.persons.changeIdentity(code, version, identity("Grace", "Other", null, null, null)))
			.isInstanceOf(ConflictException.class);
		assertThat(this.persons.revealIdentity(code).familyNames()).isEqualTo("Mensah-Owusu");
	}

	@Test
	void after_erasure_no_service_can_read_the_identity_and_the_profile_still_counts() {
		PersonCode code = this.persons.register(
				identity("Esi", "Nyarko", LocalDate.of(1990, 6, 6), "+233 20 555 0199", "G0011223"),
				profile(Gender.NON_CONFORMING));
		long nonConformingBefore = this.statistics.countByGender().getOrDefault("NON_CONFORMING", 0L);
		var person = this.repository.findByCode(code.value()).orElseThrow();

		this.persons.erase(code, this.persons.summary(code).version(), ErasureReason.PERSON_ASKED);

		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(PersonErasedException.class);
		assertThatThrownBy(() -> this.encryption.cipherFor(person.id())).isInstanceOf(DataKeyDestroyedException.class);
		assertThat(this.persons.search(new IdentitySearch("Nyarko", null, null, null))).isEmpty();
		assertThat(this.persons.search(new IdentitySearch(null, null, null, "G0011223"))).isEmpty();
		assertThat(this.persons.findLikelyDuplicates(identity("Esi", "Nyarko", LocalDate.of(1990, 6, 6), null, null)))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from blind_index where owner_id = ?", Long.class,
				person.id()))
			.isZero();
		assertThat(this.persons.summary(code).erased()).isTrue();
		assertThat(this.persons.summary(code).profile().gender()).isEqualTo(Gender.NON_CONFORMING);
		assertThat(this.statistics.countByGender().get("NON_CONFORMING")).isEqualTo(nonConformingBefore);
	}

	@Test
	void an_erasure_needs_a_reason() {
		PersonCode code = this.persons.register(identity("Kofi", "Annan", null, null, null), Profile.notAskedYet());
		assertThatThrownBy(() -> this.persons.erase(code, this.persons.summary(code).version(), null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.persons.revealIdentity(code).familyNames()).isEqualTo("Annan");
	}

	@Test
	@WithMockUser(username = "sam", roles = "SUPERVISOR")
	void a_supervisor_sees_profiles_but_never_an_identity() {
		PersonCode code = org.haven.TestSecurity.asCaseworker(
				() -> this.persons.register(identity("Hidden", "Person", null, null, null), profile(Gender.FEMININE)));
		assertThat(this.persons.summaries(java.util.List.of(code)).get(code).profile().gender())
			.isEqualTo(Gender.FEMININE);
		assertThatThrownBy(() -> this.persons.summary(code)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.persons.search(new IdentitySearch("Hidden", null, null, null)))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	@WithMockUser(username = "adam", roles = "ADMIN")
	void an_administrator_sees_no_person_at_all() {
		assertThatThrownBy(() -> this.persons.register(identity("A", "B", null, null, null), Profile.notAskedYet()))
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

}
