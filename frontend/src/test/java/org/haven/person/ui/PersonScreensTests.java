package org.haven.person.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.haven.DemoAccounts;
import org.haven.Tampering;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.person.Gender;
import org.haven.person.IdentitySearch;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PersonScreensTests extends ViewTest {

	@Autowired
	PersonService service;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void signInAsCaseworker() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
	}

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void erasure_warns_needs_a_reason_and_an_acknowledgement_and_then_leaves_only_the_profile() {
		PersonCode code = this.service.register(
				org.haven.person.TestIdentities.identity("Latifa", "Sani", null, null, null),
				org.haven.person.TestIdentities.profile(Gender.FEMININE));
		PersonView page = (PersonView) open("persons/" + code.value());

		test(page.erase).click();
		EraseDialog dialog = find(EraseDialog.class).single();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("erase-warning").single().getText())
			.startsWith("This cannot be undone");
		assertThat(dialog.confirm.isEnabled()).isFalse();
		test(dialog.understood).click();
		test(dialog.confirm).click();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Choose why the identity is erased");
		assertThat(this.service.summary(code).erased()).isFalse();

		test(dialog.reason).selectItem("The person asked for it");
		test(dialog.confirm).click();

		assertThat(this.service.summary(code).erased()).isTrue();
		assertThat(page.masked.getText()).isEqualTo("This identity has been erased.");
		assertThat(page.reveal.isEnabled()).isFalse();
		assertThat(page.profile.gender.getValue()).isEqualTo(Gender.FEMININE);
	}

	@Test
	void opening_a_person_reveals_nothing_and_each_reveal_on_the_page_is_exactly_one_audited_read() {
		PersonCode code = this.service.register(
				org.haven.person.TestIdentities.identity("Bisi", "Alade", null, null, null),
				org.haven.person.Profile.notAskedYet());
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
	void revealing_a_damaged_identity_says_it_failed_its_integrity_check_not_that_nothing_was_saved() {
		org.haven.casefile.CaseCode caseCode = this.cases.takenInBy("carol",
				org.haven.person.TestIdentities.identity("Hauwa", "Yusuf", null, null, null));
		PersonCode code = this.cases.open("carol", caseCode).person();
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

	@Autowired
	org.haven.casefile.CaseFixtures cases;

	Tampering tampering;

	@Autowired
	void ownerConnection(
			@org.springframework.boot.flyway.autoconfigure.FlywayDataSource javax.sql.DataSource ownerDataSource) {
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
		assertThat(open("persons/P-0000-0000")).isInstanceOf(org.haven.ui.NotFoundView.class);
		assertThat(open("persons/not-a-code")).isInstanceOf(org.haven.ui.NotFoundView.class);
	}

}
