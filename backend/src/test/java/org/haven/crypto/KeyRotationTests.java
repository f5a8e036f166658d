package org.haven.crypto;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
import org.springframework.jdbc.core.JdbcTemplate;
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

	@Autowired
	Keyring keyring;

	@Autowired
	KeyVersionStates states;

	@Autowired
	RotationWorker worker;

	@Autowired
	JdbcTemplate jdbc;

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
		long before = lastAuditSeq();
		this.rotation.destroyRetiredVersion(Keyset.MASTER, retired.id());

		assertThat(this.rotation.masterVersions()).extracting(KeyVersion::id).doesNotContain(retired.id());
		assertThat(keyVersionChangesAfter(before))
			.containsExactly("MASTER:" + Long.toHexString(retired.id()) + " DESTROYED, was RETIRED by adam");
		assertThat(this.states.record()).as("changes left unrecorded").isZero();
	}

	@Test
	void a_rotation_the_keys_command_made_while_haven_was_stopped_is_recorded_once_when_the_nodes_start() {
		this.states.record();
		long before = lastAuditSeq();
		long replaced = primary(this.rotation.masterVersions()).id();

		// what 'java -jar haven.jar keys rotate master' does to the file
		long added = Integer.toUnsignedLong(this.keyring.master().addPrimaryVersion());
		CompletableFuture
			.allOf(CompletableFuture.runAsync(this.states::recordAtStart),
					CompletableFuture.runAsync(this.states::recordAtStart))
			.join();

		assertThat(keyVersionChangesAfter(before)).containsExactlyInAnyOrder(
				"MASTER:" + Long.toHexString(added) + " PRIMARY, first recorded by nobody",
				"MASTER:" + Long.toHexString(replaced) + " ACTIVE, was PRIMARY by nobody");
		assertThat(this.states.record()).as("changes left unrecorded").isZero();

		this.worker.wakeUp();
		awaitRetired(replaced);
		assertThat(keyVersionChangesAfter(before))
			.contains("MASTER:" + Long.toHexString(replaced) + " RETIRED, was ACTIVE by nobody");
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

	/**
	 * Waits until the rotation worker has retired the version, nothing using it any more.
	 */
	private void awaitRetired(long id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.rotation.masterVersions()
			.stream()
			.noneMatch(version -> version.id() == id && version.status() == KeyVersion.Status.RETIRED)) {
			assertThat(Instant.now()).as("version retired in time").isBefore(deadline);
			sleep();
		}
		awaitRotation();
	}

	private long lastAuditSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

	/** The key version changes recorded after the event: subject, reason and by whom. */
	private List<String> keyVersionChangesAfter(long seq) {
		return this.jdbc.queryForList("""
				select subject_id || ' ' || reason || ' by ' || coalesce(actor_username, 'nobody') from audit_event
				where action = 'KEY_VERSION_CHANGED' and seq > ? order by seq""", String.class, seq);
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
