package org.haven.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.person.DocumentType;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What encryption costs a caseworker: one identity field encrypted and decrypted under a
 * person's data key, and a page of 50 persons revealed (data keys fetched and unwrapped,
 * ten fields each) by the caseworker their cases are assigned to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FieldEncryptionBenchmark {

	ConfigurableApplicationContext context;

	OwnerCipher cipher;

	byte[] ciphertext;

	PersonService persons;

	List<PersonCode> page = new ArrayList<>();

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.startWith(BenchmarkApplication.FEW_CASES);
		this.cipher = this.context.getBean(FieldEncryption.class).createDataKey(UUID.randomUUID());
		this.ciphertext = this.cipher.encrypt("familyNames", "López Hernández");
		this.persons = this.context.getBean(PersonService.class);
		for (int i = 0; i < 50; i++) {
			this.page.add(this.persons.register(new Identity("María José", "López Hernández " + i, List.of("Majo"),
					LocalDate.of(1987, 9, 14), List.of("+52 55 1234 9876"), "maria@example.org",
					List.of("Calle 5 de Mayo 12\nCiudad de México"), DocumentType.PASSPORT, "G12345678",
					"Tattoo of a swallow on the left wrist"), Profile.notAskedYet()));
		}
		BenchmarkApplication.assignEveryPersonToTheCaseworker(this.context);
	}

	@Benchmark
	public byte[] encryptOneField() {
		return this.cipher.encrypt("familyNames", "López Hernández");
	}

	@Benchmark
	public String decryptOneField() {
		return this.cipher.decrypt("familyNames", this.ciphertext);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public void revealAPageOfFiftyPersons(Blackhole blackhole) {
		for (PersonCode code : this.page) {
			blackhole.consume(this.persons.revealIdentity(code));
		}
	}

}
