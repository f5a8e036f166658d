package org.haven.crypto;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.crypto.RotationProgress.Keyset;
import org.haven.casefile.CaseFixtures;
import org.haven.person.Identity;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "adam", roles = "ADMIN")
class KeyRotationTests {

	@Autowired
	KeyRotation rotation;

	@Autowired
	PersonService persons;

	@Autowired
	CaseFixtures fixtures;

	@Test
	void after_a_master_key_rotation_everyone_is_readable_and_nobody_is_wrapped_by_the_old_version() {
		List<PersonCode> codes = register(120, "Rotation");
		KeyVersion before = primary(this.rotation.masterVersions());

		this.rotation.rotateMasterKey("adam");
		assertThatThrownBy(() -> this.rotation.rotateBlindIndexKey("adam")).as("a second rotation while one runs")
			.isInstanceOf(InvalidInputException.class);
		awaitRotation();

		List<KeyVersion> versions = this.rotation.masterVersions();
		KeyVersion old = versions.stream().filter(version -> version.id() == before.id()).findFirst().orElseThrow();
		assertThat(old.status()).isEqualTo(KeyVersion.Status.RETIRED);
		assertThat(old.uses()).isZero();
		assertThat(primary(versions).id()).isNotEqualTo(before.id());
		assertThat(primary(versions).uses()).isGreaterThanOrEqualTo(codes.size());
		TestSecurity.asCaseworker(() -> {
			codes.forEach(code -> assertThat(this.persons.revealIdentity(code).familyNames()).startsWith("Rotation"));
			return null;
		});
	}

	@Test
	void after_a_blind_index_key_rotation_the_same_searches_find_the_same_persons() {
		List<PersonCode> codes = register(60, "Reindexed");
		KeyVersion before = primary(this.rotation.blindIndexVersions());

		this.rotation.rotateBlindIndexKey("adam");
		awaitRotation();

		List<KeyVersion> versions = this.rotation.blindIndexVersions();
		assertThat(versions).filteredOn(version -> version.id() == before.id())
			.singleElement()
			.satisfies(old -> assertThat(old.status()).isEqualTo(KeyVersion.Status.RETIRED))
			.satisfies(old -> assertThat(old.uses()).isZero());
		TestSecurity.asCaseworker(() -> {
			assertThat(this.persons.search(new IdentitySearch("reindexed7", null, null, null)))
				.extracting(summary -> summary.code())
				.containsExactly(codes.get(7));
			return null;
		});
	}

	@Test
	void a_retired_version_can_be_destroyed_and_an_active_one_cannot() {
		this.rotation.rotateMasterKey("adam");
		awaitRotation();
		KeyVersion retired = this.rotation.masterVersions()
			.stream()
			.filter(version -> version.status() == KeyVersion.Status.RETIRED)
			.findFirst()
			.orElseThrow();
		KeyVersion primary = primary(this.rotation.masterVersions());

		assertThatThrownBy(() -> this.rotation.destroyRetiredVersion(Keyset.MASTER, primary.id()))
			.isInstanceOf(InvalidInputException.class);
		this.rotation.destroyRetiredVersion(Keyset.MASTER, retired.id());

		assertThat(this.rotation.masterVersions()).extracting(KeyVersion::id).doesNotContain(retired.id());
	}

	@Test
	@WithMockUser(username = "carol", roles = "CASEWORKER")
	void only_an_administrator_sees_or_rotates_keys() {
		assertThatThrownBy(() -> this.rotation.masterVersions()).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.rotation.rotateMasterKey("carol"))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	/** Persons taken in by the demo caseworker, who may therefore reveal them. */
	private List<PersonCode> register(int count, String family) {
		List<PersonCode> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(this.fixtures.personTakenInBy("carol", new Identity("Given", family + i, List.of(),
					LocalDate.of(1990, 1, 1), List.of(), null, List.of(), null, null, null), Profile.notAskedYet()));
		}
		return codes;
	}

	private void awaitRotation() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.rotation.latestRotation().map(RotationProgress::running).orElse(false)) {
			assertThat(Instant.now()).as("rotation finished in time").isBefore(deadline);
			sleep();
		}
	}

	private static KeyVersion primary(List<KeyVersion> versions) {
		return versions.stream()
			.filter(version -> version.status() == KeyVersion.Status.PRIMARY)
			.findFirst()
			.orElseThrow();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
