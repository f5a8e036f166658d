package org.haven.benchmarks;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P2: an exact search by family name among the persons of {@code cases} synthetic cases
 * through the blind index (digests looked up, the candidates' names decrypted to drop
 * false positives, the search recorded), by the caseworker who has 99 of every 100 of
 * them, against a plain indexed equality query on the same names stored in clear, which
 * Haven never does: the ratio is the price of not doing it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class BlindIndexSearchBenchmark {

	@Param("100000")
	int cases;

	ConfigurableApplicationContext context;

	PersonService persons;

	JdbcTemplate jdbc;

	Random random = new Random(1);

	@Setup(Level.Trial)
	public void populate() throws Exception {
		this.context = BenchmarkApplication.startWith(this.cases);
		this.persons = this.context.getBean(PersonService.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
	}

	@Benchmark
	public int blindIndexSearchByFamilyName() {
		String surname = surname();
		return BenchmarkApplication.as(SyntheticCases.OTHER_CASEWORKER, "CASEWORKER",
				() -> this.persons.search(new IdentitySearch(surname, null, null, null)).size());
	}

	@Benchmark
	public int plaintextIndexedEquality() {
		return this.jdbc
			.queryForList("select id from benchmark_plain_person where family_name = ?", UUID.class, surname())
			.size();
	}

	private String surname() {
		return SyntheticCases.familyNameOf(this.random.nextInt(SyntheticCases.surnames(this.cases)), this.cases);
	}

}
