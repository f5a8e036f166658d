package org.haven.casefile;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.crypto.FieldEncryption;
import org.haven.person.TestIdentities;
import org.haven.platform.ClusterJob;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unfinished intakes do not keep what was typed for ever. */
@IntegrationTest
class DraftRetentionTests {

	@Autowired
	DraftRetention retention;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	IntakeService intake;

	@Autowired
	CaseService cases;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void a_draft_untouched_for_the_retention_period_goes_with_its_key_and_a_recent_one_stays() {
		DraftId old = this.fixtures.draftOf("carol", TestIdentities.named("Old", "Draft"));
		DraftId recent = this.fixtures.draftOf("carol", TestIdentities.named("New", "Draft"));
		this.jdbc.update("update intake_draft set updated_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old.id());

		assertThat(this.retention.apply()).isEqualTo(1);

		assertThatThrownBy(() -> TestSecurity.as("carol", "CASEWORKER", () -> this.intake.open(old)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.encryption.hasDataKey(old.id())).isFalse();
		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.intake.open(recent)).identity().familyNames())
			.isEqualTo("Draft");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'INTAKE_DRAFTS_EXPIRED' and reason like 'discarded 1 %'",
				Long.class))
			.isPositive();
	}

	@Test
	void while_another_node_discards_old_drafts_this_one_leaves_them_alone() throws Exception {
		DraftId old = this.fixtures.draftOf("carol", TestIdentities.named("Locked", "Draft"));
		this.jdbc.update("update intake_draft set updated_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old.id());

		try (Connection otherNode = this.dataSource.getConnection(); Statement lock = otherNode.createStatement()) {
			lock.execute("select pg_advisory_lock(" + ClusterJob.INTAKE_DRAFT_RETENTION.lock() + ")");
			assertThat(this.retention.apply()).isZero();
			assertThat(this.encryption.hasDataKey(old.id())).isTrue();
			lock.execute("select pg_advisory_unlock(" + ClusterJob.INTAKE_DRAFT_RETENTION.lock() + ")");
		}
		assertThat(this.retention.apply()).isPositive();
		assertThat(this.encryption.hasDataKey(old.id())).isFalse();
	}

	@Test
	void a_note_draft_untouched_for_the_retention_period_goes_and_a_recent_one_stays() {
		CaseCode old = this.fixtures.takenInBy("carol", TestIdentities.named("Old", "Note"));
		CaseCode recent = this.fixtures.takenInBy("carol", TestIdentities.named("New", "Note"));
		TestSecurity.as("carol", "CASEWORKER", () -> {
			this.cases.keepNoteDraft(old, "Typed long ago");
			this.cases.keepNoteDraft(recent, "Typed today");
			return null;
		});
		this.jdbc.update(
				"update case_note_draft set updated_at = ? where case_id = (select id from case_file where code = ?)",
				Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old.value());

		this.retention.apply();

		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.cases.hasNoteDraft(old))).isFalse();
		assertThat(TestSecurity.as("carol", "CASEWORKER", () -> this.cases.noteDraft(recent)))
			.hasValueSatisfying(draft -> assertThat(draft.text()).isEqualTo("Typed today"));
	}

}
