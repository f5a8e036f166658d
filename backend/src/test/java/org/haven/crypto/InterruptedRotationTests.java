package org.haven.crypto;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.casefile.CaseFixtures;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Haven stops in the middle of a master key rotation: its worker is interrupted and its
 * database stopped, whatever batch was under way is lost with its transaction. The next
 * start finishes the job.
 */
class InterruptedRotationTests {

	@TempDir
	Path havenHome;

	@Test
	void a_rotation_cut_short_by_a_stop_is_finished_by_the_next_start() {
		String[] slowRotation = { "--haven.crypto.rotation.batch-size=10",
				"--haven.crypto.rotation.pause-between-batches=150ms" };
		List<PersonCode> codes = new ArrayList<>();
		long oldVersion;
		try (ConfigurableApplicationContext first = StandaloneHaven.start(this.havenHome, slowRotation)) {
			CaseFixtures fixtures = first.getBean(CaseFixtures.class);
			for (int i = 0; i < 100; i++) {
				codes.add(fixtures.personTakenInBy("carol", new Identity("Given", "Interrupted" + i, List.of(),
						LocalDate.of(1980, 1, 1), List.of(), null, List.of(), null, null, null),
						Profile.notAskedYet()));
			}
			KeyRotation rotation = first.getBean(KeyRotation.class);
			oldVersion = TestSecurity.asAdministrator(() -> primary(rotation.masterVersions()));
			TestSecurity.asAdministrator(() -> rotation.rotateMasterKey("adam"));
			RotationProgress midway = await(rotation, progress -> progress.done() >= 20);
			assertThat(midway.running()).as("still running when Haven stops").isTrue();
		}

		try (ConfigurableApplicationContext second = StandaloneHaven.start(this.havenHome)) {
			KeyRotation rotation = second.getBean(KeyRotation.class);
			await(rotation, progress -> !progress.running());
			List<KeyVersion> versions = TestSecurity.asAdministrator(rotation::masterVersions);
			assertThat(versions).filteredOn(version -> version.id() == oldVersion)
				.singleElement()
				.satisfies(old -> assertThat(old.uses()).isZero())
				.satisfies(old -> assertThat(old.status()).isEqualTo(KeyVersion.Status.RETIRED));
			PersonService persons = second.getBean(PersonService.class);
			TestSecurity.asCaseworker(() -> {
				codes.forEach(code -> assertThat(persons.revealIdentity(code).familyNames()).startsWith("Interrupted"));
				return null;
			});
		}
	}

	private static RotationProgress await(KeyRotation rotation, Predicate<RotationProgress> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			RotationProgress progress = TestSecurity.asAdministrator(() -> rotation.latestRotation().orElseThrow());
			if (done.test(progress)) {
				return progress;
			}
			assertThat(Instant.now()).as("rotation reached the expected point in time").isBefore(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static long primary(List<KeyVersion> versions) {
		return versions.stream()
			.filter(version -> version.status() == KeyVersion.Status.PRIMARY)
			.findFirst()
			.orElseThrow()
			.id();
	}

}
