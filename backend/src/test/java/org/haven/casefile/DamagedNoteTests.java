package org.haven.casefile;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.util.function.Supplier;
import javax.sql.DataSource;

import org.haven.IntegrationTest;
import org.haven.Tampering;
import org.haven.TestSecurity;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database administrator (or a damaged disk) alters a stored note, a note draft or the
 * case's key. The damaged record is shown as damaged and recorded as an integrity
 * finding; the rest of the case stays readable and workable.
 */
@IntegrationTest
class DamagedNoteTests {

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	JdbcTemplate owner;

	Tampering tampering;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = new JdbcTemplate(ownerDataSource);
		this.tampering = new Tampering(ownerDataSource);
	}

	@AfterEach
	void repairWhatTheTestDamaged() {
		this.tampering.repair();
	}

	@Test
	void a_note_with_one_flipped_bit_is_marked_as_damaged_and_recorded_and_the_other_notes_read_as_usual() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Amina", "Bello"));
		UUID before = this.fixtures.noteBy("carol", code, "Arrived by bus", false);
		UUID damaged = this.fixtures.noteBy("carol", code, "Afraid of her uncle", false);
		UUID after = this.fixtures.noteBy("carol", code, "Asked for a lawyer", true);
		this.tampering.flip("update haven.case_note set body = set_bit(body, 100, 1 - get_bit(body, 100)) where id = ?",
				damaged);
		long seq = lastSeq();

		List<Note> notes = caseworker(() -> this.cases.notes(code));

		assertThat(notes).extracting(Note::id).containsExactlyInAnyOrder(before, damaged, after);
		Note marked = notes.stream().filter(note -> note.id().equals(damaged)).findFirst().orElseThrow();
		assertThat(marked.failedIntegrityCheck()).isTrue();
		assertThat(marked.text()).isNull();
		assertThat(notes.stream().filter(note -> note.id().equals(before)).findFirst().orElseThrow().text())
			.isEqualTo("Arrived by bus");
		assertThat(caseworker(() -> this.cases.revealNote(code, after)).text()).isEqualTo("Asked for a lawyer");
		assertThat(findingsAfter(seq, code)).containsExactly("case-note");

		assertThat(caseworker(() -> this.cases.open(code)).status()).isEqualTo(CaseStatus.INTAKE);
		this.fixtures.noteBy("carol", code, "Seen again today", false);
		assertThat(caseworker(() -> this.cases.notes(code))).filteredOn(note -> !note.failedIntegrityCheck())
			.hasSize(3);
	}

	@Test
	void a_damaged_extra_sensitive_note_is_marked_when_revealed() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Hadiza", "Umar"));
		UUID note = this.fixtures.noteBy("carol", code, "Her brother's address", true);
		this.tampering.flip("update haven.case_note set body = set_bit(body, 99, 1 - get_bit(body, 99)) where id = ?",
				note);
		long seq = lastSeq();

		assertThat(caseworker(() -> this.cases.notes(code))).singleElement().satisfies(masked -> {
			assertThat(masked.masked()).isTrue();
			assertThat(masked.failedIntegrityCheck()).isFalse();
		});
		assertThat(caseworker(() -> this.cases.revealNote(code, note)).failedIntegrityCheck()).isTrue();
		assertThat(findingsAfter(seq, code)).containsExactly("case-note");
	}

	@Test
	void a_note_copied_from_another_case_fails_its_integrity_check() {
		CaseCode victim = this.fixtures.takenInBy("carol", TestIdentities.named("Zara", "Idris"));
		CaseCode other = this.fixtures.takenInBy("carol", TestIdentities.named("Yemi", "Idris"));
		UUID target = this.fixtures.noteBy("carol", victim, "First visit", false);
		UUID source = this.fixtures.noteBy("carol", other, "Planted text", false);
		this.owner.update(
				"update haven.case_note set body = (select body from haven.case_note where id = ?) where id = ?",
				source, target);

		assertThat(caseworker(() -> this.cases.notes(victim))).singleElement()
			.satisfies(note -> assertThat(note.failedIntegrityCheck()).isTrue());
	}

	@Test
	void a_damaged_case_key_marks_every_note_and_the_case_stays_open() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Fatima", "Sule"));
		this.fixtures.noteBy("carol", code, "One", false);
		this.fixtures.noteBy("carol", code, "Two", false);
		UUID caseId = this.jdbc.queryForObject("select id from case_file where code = ?", UUID.class, code.value());
		this.tampering.flip(
				"update haven.data_key set wrapped_key = set_bit(wrapped_key, 200, 1 - get_bit(wrapped_key, 200)) where owner_id = ?",
				caseId);
		long seq = lastSeq();

		assertThat(caseworker(() -> this.cases.notes(code))).hasSize(2).allMatch(Note::failedIntegrityCheck);
		assertThat(findingsAfter(seq, code)).containsExactly("case-data-key");
		assertThat(caseworker(() -> this.cases.open(code)).code()).isEqualTo(code);
	}

	@Test
	void a_note_draft_given_to_another_caseworker_fails_its_integrity_check() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Ruth", "Danjuma"));
		UUID carol = accountId("carol");
		UUID chen = accountId("chen");
		this.fixtures.memberOfTheTeamOf(code, "chen");
		CaseOverview overview = TestSecurity.as("sam", "SUPERVISOR", () -> this.supervision.overview(code));
		TestSecurity.as("sam", "SUPERVISOR",
				() -> this.supervision.assign(code, overview.version(), carol, Set.of(chen)));
		caseworker(() -> {
			this.cases.keepNoteDraft(code, "Half a sentence");
			return null;
		});
		this.owner.update("update haven.case_note_draft set author_id = ? where author_id = ? and case_id = "
				+ "(select id from haven.case_file where code = ?)", chen, carol, code.value());
		long seq = lastSeq();

		NoteDraft draft = TestSecurity.as("chen", "CASEWORKER", () -> this.cases.noteDraft(code)).orElseThrow();

		assertThat(draft.failedIntegrityCheck()).isTrue();
		assertThat(draft.text()).isNull();
		assertThat(findingsAfter(seq, code)).containsExactly("case-note-draft");
	}

	private UUID accountId(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
	}

	private List<String> findingsAfter(long seq, CaseCode code) {
		return this.jdbc.queryForList(
				"select reason from audit_event where seq > ? and action = 'INTEGRITY_CHECK_FAILED' and outcome = 'FAILED' and subject_id = ? order by seq",
				String.class, seq, code.value());
	}

	private long lastSeq() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private static <T> T caseworker(Supplier<T> work) {
		return TestSecurity.as("carol", "CASEWORKER", work);
	}

}
