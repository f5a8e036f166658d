package org.haven.person;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.haven.casefile.CaseFixtures;
import org.haven.crypto.TamperedCiphertextException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haven.person.TestIdentities.identity;

/**
 * Someone with write access to the database (or a backup) changes ciphertexts directly.
 * Haven must fail loudly rather than show a wrong identity.
 */
@IntegrationTest
@WithMockUser(username = "carol", roles = "CASEWORKER")
class TamperedIdentityTests {

	@Autowired
	PersonService persons;

	@Autowired
	PersonRepository repository;

	@Autowired
	CaseFixtures fixtures;

	JdbcTemplate owner;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
	}

	@Test
	void a_single_flipped_bit_in_a_stored_ciphertext_fails_loudly() {
		PersonCode code = register("Faith", "Adeyemi");
		this.owner.update(
				"update haven.person set family_names = set_bit(family_names, 100, 1 - get_bit(family_names, 100)) where code = ?",
				code.value());

		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(TamperedCiphertextException.class)
			.hasMessageContaining("familyNames")
			.hasMessageNotContaining("Adeyemi");
	}

	@Test
	void a_tampered_identity_is_recorded_as_an_integrity_finding_for_the_auditors() {
		PersonCode code = register("Grace", "Obi");
		this.owner.update(
				"update haven.person set given_names = set_bit(given_names, 90, 1 - get_bit(given_names, 90)) where code = ?",
				code.value());
		Long before = this.owner.queryForObject("select coalesce(max(seq), 0) from haven.audit_event", Long.class);

		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(TamperedCiphertextException.class);

		assertThat(this.owner.queryForList(
				"select reason from haven.audit_event where seq > ? and action = 'INTEGRITY_CHECK_FAILED' and outcome = 'FAILED' and subject_id = ?",
				String.class, before, code.value()))
			.containsExactly("person-identity");
	}

	@Test
	void a_ciphertext_copied_from_another_person_fails_loudly() {
		PersonCode victim = register("Blessing", "Okoro");
		PersonCode other = register("Chidi", "Okoro");
		this.owner.update(
				"update haven.person set given_names = (select given_names from haven.person where code = ?) where code = ?",
				other.value(), victim.value());

		assertThatThrownBy(() -> this.persons.revealIdentity(victim)).isInstanceOf(TamperedCiphertextException.class);
		assertThat(this.persons.revealIdentity(other).givenNames()).isEqualTo("Chidi");
	}

	@Test
	void a_ciphertext_moved_to_another_field_of_the_same_person_fails_loudly() {
		PersonCode code = register("Ngozi", "Eze");
		this.owner.update("update haven.person set given_names = family_names where code = ?", code.value());

		assertThatThrownBy(() -> this.persons.revealIdentity(code)).isInstanceOf(TamperedCiphertextException.class)
			.hasMessageContaining("givenNames");
	}

	@Test
	void a_data_key_copied_from_another_person_fails_loudly() {
		PersonCode victim = register("Ifeoma", "Nwosu");
		PersonCode other = register("Obinna", "Nwosu");
		UUID victimId = this.repository.findByCode(victim.value()).orElseThrow().id();
		UUID otherId = this.repository.findByCode(other.value()).orElseThrow().id();
		this.owner.update(
				"update haven.data_key set wrapped_key = (select wrapped_key from haven.data_key where owner_id = ?) where owner_id = ?",
				otherId, victimId);

		assertThatThrownBy(() -> this.persons.revealIdentity(victim)).isInstanceOf(TamperedCiphertextException.class)
			.hasMessageContaining("data key");
	}

	@Test
	void every_ciphertext_carries_the_id_of_the_key_that_made_it() {
		PersonCode code = register("Uche", "Obi");
		byte[] stored = this.owner.queryForObject("select given_names from haven.person where code = ?", byte[].class,
				code.value());
		assertThat(stored[0]).as("Tink's prefix marker").isEqualTo((byte) 0x01);
		assertThat(stored).hasSizeGreaterThan(5 + 12 + 16);
	}

	private PersonCode register(String given, String family) {
		return this.fixtures.personTakenInBy("carol", identity(given, family, LocalDate.of(1995, 3, 3), null, null),
				Profile.notAskedYet());
	}

}
