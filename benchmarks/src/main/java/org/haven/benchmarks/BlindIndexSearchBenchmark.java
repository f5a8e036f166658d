package org.haven.benchmarks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.haven.BenchmarkApplication;
import org.haven.crypto.BlindIndex;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.Normalise;
import org.haven.crypto.OwnerCipher;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search by family name among 100,000 persons through the blind index (digests looked
 * up, the candidates' names decrypted to drop false positives), by the caseworker all
 * their cases are assigned to, against a plain indexed equality query on the same names
 * stored in clear, which Haven never does: the ratio is the price of not doing it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class BlindIndexSearchBenchmark {

	static final int PERSONS = BenchmarkApplication.scaled(100_000);

	static final int SURNAMES = Math.max(5, PERSONS / 20);

	ConfigurableApplicationContext context;

	PersonService persons;

	JdbcTemplate jdbc;

	List<String> surnames = new ArrayList<>();

	Random random = new Random(1);

	@Setup(Level.Trial)
	public void populate() throws Exception {
		this.context = BenchmarkApplication.start();
		this.persons = this.context.getBean(PersonService.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
		DataSource owner = this.context.getBean("flywayDataSource", DataSource.class);
		JdbcTemplate ownerJdbc = new JdbcTemplate(owner);
		ownerJdbc.execute("create table haven.benchmark_plain_person (id uuid primary key, family_name text not null)");
		ownerJdbc.execute("create index benchmark_plain_by_family_name on haven.benchmark_plain_person (family_name)");
		ownerJdbc.execute("grant select, insert on haven.benchmark_plain_person to haven_app");
		for (int i = 0; i < SURNAMES; i++) {
			this.surnames.add("Surname" + Integer.toString(i * 7919 + 104729, 36));
		}
		FieldEncryption encryption = this.context.getBean(FieldEncryption.class);
		BlindIndex blindIndex = this.context.getBean(BlindIndex.class);
		TransactionTemplate transactions = this.context.getBean(TransactionTemplate.class);
		Random names = new Random(2);
		long started = System.nanoTime();
		int batchSize = Math.min(1000, PERSONS);
		for (int batch = 0; batch < PERSONS / batchSize; batch++) {
			int first = batch * batchSize;
			transactions.executeWithoutResult(status -> {
				List<Object[]> people = new ArrayList<>();
				List<Object[]> plain = new ArrayList<>();
				for (int i = first; i < first + batchSize; i++) {
					UUID id = UUID.randomUUID();
					String family = this.surnames.get(names.nextInt(SURNAMES));
					OwnerCipher cipher = encryption.createDataKey(id);
					Timestamp now = Timestamp.from(Instant.now());
					people.add(new Object[] { id, String.format("P-%04d-%04d", i / 10000, i % 10000),
							cipher.encrypt("givenNames", "Given" + i), cipher.encrypt("familyNames", family), now,
							now });
					plain.add(new Object[] { id, family });
					blindIndex.replace(id, Map.of(BlindIndex.Kind.NAME, Normalise.nameTokens(family, "Given" + i)));
				}
				this.jdbc.batchUpdate(
						"insert into person (id, code, given_names, family_names, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 0)",
						people);
				this.jdbc.batchUpdate("insert into benchmark_plain_person (id, family_name) values (?, ?)", plain);
			});
		}
		BenchmarkApplication.assignEveryPersonToTheCaseworker(this.context);
		this.jdbc.execute("analyze");
		System.out.printf("%n%d persons stored and indexed in %d s%n", PERSONS,
				(System.nanoTime() - started) / 1_000_000_000);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public int blindIndexSearchByFamilyName() {
		String surname = this.surnames.get(this.random.nextInt(SURNAMES));
		return this.persons.search(new IdentitySearch(surname, null, null, null)).size();
	}

	@Benchmark
	public int plaintextIndexedEquality() {
		String surname = this.surnames.get(this.random.nextInt(SURNAMES));
		return this.jdbc
			.queryForList("select id from benchmark_plain_person where family_name = ?", UUID.class, surname)
			.size();
	}

}
