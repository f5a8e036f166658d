package org.haven.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.shared.InChunks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of a large network counts more persons than PostgreSQL takes parameters in one
 * statement (65,535): their profiles are still read, in chunks.
 */
@IntegrationTest
class ManyPersonsAtOnceTests {

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_supervisor_reads_the_profiles_of_seventy_thousand_persons_at_once() {
		CaseCode taken = this.cases.takenInBy("carol", TestIdentities.named("Many", "Persons"));
		PersonCode known = new PersonCode(this.jdbc.queryForObject("select person_code from case_file where code = ?",
				String.class, taken.value()));
		Set<PersonCode> asked = IntStream.range(0, 70_000)
			.mapToObj(number -> PersonCode.random())
			.collect(Collectors.toSet());
		asked.add(known);

		var profiles = TestSecurity.as("sam", "SUPERVISOR", () -> this.persons.summaries(asked));

		assertThat(profiles).containsOnlyKeys(known);
	}

	@Test
	void values_are_asked_in_chunks_that_together_hold_each_value_once() {
		List<Integer> values = IntStream.range(0, InChunks.CHUNK * 2 + 7).boxed().toList();
		List<Integer> chunkSizes = new ArrayList<>();

		List<Integer> found = InChunks.of(values, chunk -> {
			chunkSizes.add(chunk.size());
			return chunk;
		});

		assertThat(found).isEqualTo(values);
		assertThat(chunkSizes).containsExactly(InChunks.CHUNK, InChunks.CHUNK, 7);
	}

}
