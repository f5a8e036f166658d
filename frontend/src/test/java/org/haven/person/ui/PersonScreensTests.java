package org.haven.person.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.haven.DemoAccounts;
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
	void a_caseworker_registers_a_person_and_lands_on_their_page_with_the_identity_hidden() {
		RegisterPersonView form = (RegisterPersonView) open("persons/new");
		test(form.identity.givenNames).setValue("Hadiza");
		test(form.identity.familyNames).setValue("Musa");
		form.identity.dateOfBirth.setValue(LocalDate.of(2003, 5, 17));
		test(form.identity.phoneNumbers).setValue("+234 802 000 1234");
		test(form.profile.gender).selectItem("Female");
		test(form.save).click();

		PersonView page = (PersonView) getCurrentView();
		assertThat(page.masked.isVisible()).isTrue();
		assertThat(page.identity.isVisible()).isFalse();
		assertThat(page.identity.givenNames.getValue()).isEmpty();
		assertThat(page.profile.gender.getValue()).isEqualTo(Gender.FEMININE);
		assertThat(page.profile.birthYear.getValue()).isEqualTo(2003);

		test(page.reveal).click();
		assertThat(page.identity.isVisible()).isTrue();
		assertThat(page.identity.familyNames.getValue()).isEqualTo("Musa");

		test(page.hide).click();
		assertThat(page.identity.familyNames.getValue()).isEmpty();
		assertThat(page.masked.isVisible()).isTrue();
	}

	@Test
	void registering_someone_already_registered_asks_first_and_going_back_registers_nobody() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		PersonCode existing = this.service.register(org.haven.person.TestIdentities.identity("Yusuf", "Danjuma",
				LocalDate.of(1991, 2, 2), "+234 803 111 2222", null), org.haven.person.Profile.notAskedYet());
		RegisterPersonView form = (RegisterPersonView) open("persons/new");
		test(form.identity.givenNames).setValue("Someone");
		test(form.identity.phoneNumbers).setValue("+234 803 111 2222");
		test(form.save).click();

		ConfirmDialog question = find(ConfirmDialog.class).single();
		assertThat(test(question).getText()).contains(existing.value()).contains("same phone number");
		test(question).cancel();

		assertThat(getCurrentView()).isSameAs(form);
		assertThat(form.identity.givenNames.getValue()).isEqualTo("Someone");
		assertThat(this.service.search(new IdentitySearch("someone", null, "+234 803 111 2222", null))).isEmpty();
	}

	@Test
	void bad_input_is_shown_next_to_each_field_and_everything_typed_stays() {
		RegisterPersonView form = (RegisterPersonView) open("persons/new");
		test(form.identity.givenNames).setValue("Zara");
		test(form.identity.phoneNumbers).setValue("not a number");
		test(form.identity.email).setValue("nobody-at-all");
		test(form.identity.documentNumber).setValue("AB 123");
		test(form.save).click();

		assertThat(getCurrentView()).isSameAs(form);
		assertThat(form.identity.phoneNumbers.getErrorMessage()).startsWith("Enter phone numbers with 6 to 15 digits");
		assertThat(form.identity.email.getErrorMessage()).isEqualTo("This is not an email address");
		assertThat(form.identity.documentType.getErrorMessage())
			.isEqualTo("Choose the kind of document this number belongs to");
		assertThat(form.identity.givenNames.isInvalid()).isFalse();
		assertThat(form.identity.givenNames.getValue()).isEqualTo("Zara");
		assertThat(form.identity.phoneNumbers.getValue()).isEqualTo("not a number");
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
	void a_search_shows_codes_and_profiles_and_opens_the_person() {
		PersonCode code = this.service.register(
				org.haven.person.TestIdentities.identity("Rukayat", "Balogun", null, null, "Q7777777"),
				org.haven.person.TestIdentities.profile(Gender.FEMININE));
		PersonsView view = (PersonsView) open("persons");
		test(view.documentNumber).setValue("q 7777777");
		test(view.search).click();

		assertThat(test(view.results).size()).isEqualTo(1);
		assertThat(test(view.results).getCellText(0, 0)).isEqualTo(code.value());
		test(view.results).clickRow(0);
		assertThat(getCurrentView()).isInstanceOf(PersonView.class);
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
