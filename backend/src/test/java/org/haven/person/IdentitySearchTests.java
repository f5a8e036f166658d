package org.haven.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.DuplicateCheck;
import org.haven.crypto.BlindIndex;
import org.haven.crypto.Normalise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.person.TestIdentities.identity;

/**
 * Searching among ten thousand persons by what a caseworker knows of someone: a name, a
 * birth date, a phone number, a document number. The blind index returns candidates,
 * false positives among them; the search returns only real matches.
 */
@IntegrationTest
@WithMockUser(username = "carol", roles = "CASEWORKER")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentitySearchTests {

	static final int CROWD = 10_000;

	static final List<String> GIVEN = List.of("Amina", "Fatima", "Grace", "Blessing", "Mary", "Joy", "Esther", "Ruth",
			"Mercy", "Peace", "Ana", "Lucía", "Mei", "Hui", "Olga", "Irina", "Nadia", "Leila", "Sara", "Rosa");

	static final List<String> FAMILY = List.of("Okafor", "Bello", "Mensah", "Nguyen", "Tran", "Petrova", "Ivanova",
			"Haddad", "Khan", "Rahman", "García", "Pérez", "Silva", "Santos", "Mwangi", "Otieno", "Chen", "Wang", "Li",
			"Kowalska");

	@Autowired
	PersonService persons;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	CaseFixtures fixtures;

	PersonCode maria;

	CaseCode mariasCase;

	PersonCode xiaoming;

	PersonCode mohammed;

	@BeforeAll
	void registerACrowd() {
		TestSecurity.asCaseworker(() -> {
			Random random = new Random(42);
			for (int i = 0; i < CROWD; i++) {
				String given = GIVEN.get(random.nextInt(GIVEN.size()));
				String family = FAMILY.get(random.nextInt(FAMILY.size())) + (i % 50 == 0 ? "-" + i : "");
				LocalDate born = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12),
						1 + random.nextInt(28));
				String phone = "+1 555 " + (1_000_000 + i);
				String document = "D" + (10_000_000 + i);
				this.persons.register(identity(given, family, born, phone, document), Profile.notAskedYet());
			}
			return null;
		});
		this.mariasCase = this.fixtures.takenInBy("carol", identity("María José", "López Hernández",
				LocalDate.of(1987, 9, 14), "+52 55 1234 9876", "G12 345 678"));
		this.maria = this.fixtures.personOf("carol", this.mariasCase);
		this.xiaoming = takenIn(identity("小明", "王", LocalDate.of(2001, 2, 3), "+86 139 0000 1111", "E98765432"));
		this.mohammed = takenIn(
				identity("مُحَمَّد", "عبد الله", LocalDate.of(1979, 12, 30), "+20 100 222 3333", "A7654321"));
	}

	/**
	 * Taken in by the test's caseworker, who may therefore find them; the crowd is
	 * nobody's.
	 */
	private PersonCode takenIn(Identity identity) {
		return this.fixtures.personTakenInBy("carol", identity, Profile.notAskedYet());
	}

	@Test
	void a_name_is_found_by_one_word_of_it_without_accents_or_capitals() {
		assertThat(codes(search("lopez"))).containsExactly(this.maria);
		assertThat(codes(search("MARIA hernandez"))).containsExactly(this.maria);
		assertThat(codes(search("José López"))).containsExactly(this.maria);
	}

	@Test
	void chinese_and_arabic_names_are_found() {
		assertThat(codes(search("王小明"))).containsExactly(this.xiaoming);
		assertThat(codes(search("小明"))).containsExactly(this.xiaoming);
		assertThat(codes(search("محمد"))).containsExactly(this.mohammed);
	}

	@Test
	void a_birth_date_a_phone_number_and_a_document_number_each_find_the_person() {
		assertThat(codes(this.persons.search(new IdentitySearch(null, LocalDate.of(1987, 9, 14), null, null))))
			.contains(this.maria);
		assertThat(codes(this.persons.search(new IdentitySearch(null, null, "+52 (55) 1234-9876", null))))
			.containsExactly(this.maria);
		assertThat(codes(this.persons.search(new IdentitySearch(null, null, null, "g12345678"))))
			.containsExactly(this.maria);
	}

	@Test
	void criteria_combine_so_that_every_one_must_match() {
		assertThat(this.persons.search(new IdentitySearch("lopez", LocalDate.of(1987, 9, 15), null, null))).isEmpty();
		assertThat(codes(this.persons.search(new IdentitySearch("lopez", LocalDate.of(1987, 9, 14), null, null))))
			.containsExactly(this.maria);
	}

	@Test
	void the_blind_index_yields_false_positives_which_the_search_filters_out() {
		int searchesWithFalsePositives = 0;
		Random random = new Random(7);
		for (int i = 0; i < 60; i++) {
			String nobodys = "X" + (20_000_000 + random.nextInt(1_000_000));
			int candidates = this.blindIndex.candidates(BlindIndex.Kind.DOCUMENT, Normalise.documentNumber(nobodys))
				.size();
			assertThat(this.persons.search(new IdentitySearch(null, null, null, nobodys)))
				.as("results for a document number nobody has")
				.isEmpty();
			if (candidates > 0) {
				searchesWithFalsePositives++;
			}
		}
		assertThat(searchesWithFalsePositives).as("searches whose index candidates were all false").isPositive();
	}

	@Test
	void a_person_registered_again_is_found_by_the_duplicate_check_by_name_and_birth_year_phone_or_document() {
		Identity again = identity("maria jose", "LOPEZ HERNANDEZ", LocalDate.of(1987, 1, 1), null, null);
		assertThat(duplicates(again).yourCases()).containsExactly(this.mariasCase);

		assertThat(duplicates(identity("Someone", "Else", null, "+52 55 1234 9876", null)).yourCases())
			.containsExactly(this.mariasCase);
		assertThat(duplicates(identity("Someone", "Else", null, null, "G12345678")).yourCases())
			.containsExactly(this.mariasCase);
	}

	@Test
	void a_different_birth_year_is_no_duplicate_of_the_same_name() {
		Identity namesake = identity("María José", "López Hernández", LocalDate.of(1950, 9, 14), null, null);
		assertThat(duplicates(namesake).anyMatch()).isFalse();
	}

	private DuplicateCheck duplicates(Identity identity) {
		return this.fixtures.duplicatesFor("carol", identity);
	}

	private List<PersonSummary> search(String name) {
		return this.persons.search(new IdentitySearch(name, null, null, null));
	}

	private static List<PersonCode> codes(List<PersonSummary> summaries) {
		return new ArrayList<>(summaries.stream().map(PersonSummary::code).toList());
	}

}
