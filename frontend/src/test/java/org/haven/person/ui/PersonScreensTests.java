package org.haven.person.ui;

import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import com.vaadin.flow.component.button.Button;
import org.haven.DemoAccounts;
import org.haven.Tampering;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.person.Gender;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's page, reached the production way: the demo caseworker took the person in
 * through the intake and is assigned to their case.
 */
class PersonScreensTests extends ViewTest {

	@Autowired
	PersonService service;

	@Autowired
	CaseService cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signInAsCaseworker() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
	}

	@Test
	void the_person_page_erases_nothing_and_says_that_erasure_is_asked_for_on_the_case_page() {
		PersonCode code = takenIn("Latifa", "Sani", TestIdentities.profile(Gender.FEMININE));

		PersonView page = (PersonView) open("persons/" + code.value());

		assertThat(page.erasure.isVisible()).isTrue();
		assertThat(page.erasure.getText())
			.isEqualTo("To erase this identity, ask for it on the case page: a supervisor decides.");
		assertThat(find(Button.class).all()).noneMatch(button -> button.getText().toLowerCase().contains("erase"));
		assertThat(page.readOnly.isVisible()).isFalse();
		assertThat(page.saveProfile.isVisible()).isTrue();
	}

	@Test
	void opening_a_person_reveals_nothing_and_each_reveal_on_the_page_is_exactly_one_audited_read() {
		PersonCode code = takenIn("Bisi", "Alade", Profile.notAskedYet());
		long before = lastEvent();
		PersonView page = (PersonView) open("persons/" + code.value());
		assertThat(revealsOf(code, before)).isZero();

		test(page.reveal).click();
		assertThat(revealsOf(code, before)).isEqualTo(1);
		test(page.hide).click();
		test(page.reveal).click();
		assertThat(revealsOf(code, before)).isEqualTo(2);
	}

	@Test
	void a_caseworker_who_reads_the_person_by_break_glass_sees_the_page_read_only() {
		CaseCode taken = this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.named("Hadiza", "Bello" + TestIdentities.letters()));
		PersonCode code = this.fixtures.personOf(DemoAccounts.CASEWORKER, taken);
		TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER",
				() -> this.cases.breakGlass(taken, BreakGlassReason.IMMEDIATE_SAFETY_RISK, ""));
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);

		PersonView page = (PersonView) open("persons/" + code.value());
		test(page.reveal).click();

		assertThat(page.readOnly.isVisible()).isTrue();
		assertThat(page.readOnly.getText()).contains("break-glass");
		assertThat(page.saveProfile.isVisible()).isFalse();
		assertThat(page.saveIdentity.isVisible()).isFalse();
		assertThat(page.identity.isEnabled()).isFalse();
		assertThat(page.profile.isEnabled()).isFalse();
		assertThat(page.erasure.isVisible()).isFalse();
	}

	@Test
	void a_caseworker_who_took_the_person_in_and_was_then_unassigned_finds_no_page_nor_case_any_more() {
		String family = "Moved" + TestIdentities.letters();
		CaseCode taken = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Ruth", family));
		PersonCode code = this.fixtures.personOf(DemoAccounts.CASEWORKER, taken);
		assertThat(open("persons/" + code.value())).isInstanceOf(PersonView.class);

		this.fixtures.reassign(taken, DemoAccounts.SECOND_CASEWORKER);

		assertThat(open("persons/" + code.value())).isInstanceOf(NotFoundView.class);
		assertThat(open("cases/" + taken.value())).isInstanceOf(NotFoundView.class);
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		assertThat(open("persons/" + code.value())).isInstanceOf(PersonView.class);
	}

	@Test
	void a_caseworker_never_assigned_never_had_the_page() {
		PersonCode code = takenIn("Ngozi", "Elsewhere" + TestIdentities.letters(), Profile.notAskedYet());
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);

		assertThat(open("persons/" + code.value())).isInstanceOf(NotFoundView.class);
	}

	private PersonCode takenIn(String given, String family, Profile profile) {
		return this.fixtures.personTakenInBy(DemoAccounts.CASEWORKER, TestIdentities.named(given, family), profile);
	}

	@Test
	void revealing_a_damaged_identity_says_it_failed_its_integrity_check_not_that_nothing_was_saved() {
		CaseCode caseCode = this.fixtures.takenInBy("carol", TestIdentities.named("Hauwa", "Yusuf"));
		PersonCode code = this.fixtures.personOf("carol", caseCode);
		this.tampering.flip(
				"update haven.person set given_names = set_bit(given_names, 100, 1 - get_bit(given_names, 100)) where code = ?",
				code.value());
		PersonView page = (PersonView) open("persons/" + code.value());

		test(page.reveal).click();

		assertThat(page.masked.getText()).isEqualTo(
				"This identity failed its integrity check, so it is not shown. Your administrator has been told; nothing was changed.");
		assertThat(page.identity.isVisible()).isFalse();
		assertThat(page.saveIdentity.isVisible()).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'INTEGRITY_CHECK_FAILED' and subject_id = ? and reason = 'person-identity'",
				Long.class, code.value()))
			.isEqualTo(1);
	}

	Tampering tampering;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.tampering = new Tampering(ownerDataSource);
	}

	@AfterEach
	void repairWhatTheTestDamaged() {
		this.tampering.repair();
	}

	private long lastEvent() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private long revealsOf(PersonCode code, long after) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'IDENTITY_REVEALED' and subject_id = ? and outcome = 'ALLOWED'",
				Long.class, after, code.value());
	}

	@Test
	void an_unknown_person_code_in_the_address_shows_not_found() {
		assertThat(open("persons/P-0000-0000")).isInstanceOf(NotFoundView.class);
		assertThat(open("persons/not-a-code")).isInstanceOf(NotFoundView.class);
	}

}
