package org.haven.casefile.ui;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.CapturedLog;
import org.haven.DemoAccounts;
import org.haven.Tampering;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.DraftId;
import org.haven.person.TestIdentities;
import org.haven.ui.KeptTextArea;
import org.haven.ui.NavigationErrorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * A database administrator flips one byte of a stored note, identity or draft. The page
 * that holds it still opens and says which record failed its integrity check, the rest
 * stays usable, the auditors are told, and neither the page nor the log shows an
 * exception message, a stack trace or a record's id.
 */
class DamagedRecordScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Tampering tampering;

	@Autowired
	void ownerConnection(@FlywayDataSource DataSource ownerDataSource) {
		this.tampering = new Tampering(ownerDataSource);
	}

	@AfterEach
	void repairWhatTheTestDamaged() {
		this.tampering.repair();
	}

	@BeforeEach
	void signInAsCaseworker() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
	}

	@Test
	void the_case_page_opens_with_a_damaged_note_says_so_and_the_rest_of_the_case_stays_usable() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Halima", "Garba"));
		this.fixtures.noteBy("carol", code, "Arrived by bus", false);
		UUID damaged = this.fixtures.noteBy("carol", code, "Afraid of her uncle", false);
		this.tampering.flip("update haven.case_note set body = set_bit(body, 100, 1 - get_bit(body, 100)) where id = ?",
				damaged);
		long before = lastEvent();

		CaseView page;
		try (CapturedLog log = CapturedLog.start()) {
			page = (CaseView) open("cases/" + code.value());

			String shown = UI.getCurrent().getElement().getTextRecursively();
			assertThat(byId(VerticalLayout.class, "notes").getElement().getTextRecursively()).contains("Arrived by bus",
					"This note failed its integrity check, so it is not shown. Your administrator has been told.");
			assertThat(shown).doesNotContain("Afraid", "exception", "Exception", "decryption", damaged.toString());
			assertThat(log.hasStackTraces()).isFalse();
			assertThat(log.lines()).noneMatch(line -> line.contains(damaged.toString()) || line.contains("decryption")
					|| line.contains("failed its integrity check"));
		}
		assertThat(findingsAfter(before, code)).containsExactly("case-note");

		$(NeedsForm.class).first().immediateNeeds.setValue(Answer.of("MEDICAL_CARE"));
		test(byId(Button.class, "save-needs")).click();
		assertThat(this.fixtures.open("carol", code).needs().immediateNeeds()).isEqualTo(Answer.of("MEDICAL_CARE"));
		byId(KeptTextArea.class, "note-text").setValue("Seen again today");
		test(byId(Button.class, "add-note")).click();
		assertThat(byId(VerticalLayout.class, "notes").getElement().getTextRecursively()).contains("Seen again today",
				"Arrived by bus");
	}

	@Test
	void a_screen_that_fails_while_opening_shows_a_plain_message_with_an_error_number_and_logs_no_message() {
		DraftId draft = this.fixtures.draftOf("carol", TestIdentities.named("Safiya", "Lawal"));
		this.tampering.flip(
				"update haven.intake_draft set identity = set_bit(identity, 100, 1 - get_bit(identity, 100)) where id = ?",
				draft.id());

		try (CapturedLog log = CapturedLog.start()) {
			Object shown = open("intake/" + draft.value());

			assertThat(shown).isInstanceOf(NavigationErrorView.class);
			String message = $(Paragraph.class).id("navigation-error-message").getText();
			assertThat(message).matches("A stored record failed its integrity check, so it is not shown\\. "
					+ "Your administrator has been told; the error number is [0-9a-f]{8}\\.");
			String page = UI.getCurrent().getElement().getTextRecursively();
			assertThat(page).doesNotContain("There was an exception", "navigate", "GeneralSecurityException",
					draft.value());
			assertThat(log.hasStackTraces()).isFalse();
			String reference = message.replaceAll(".* is ([0-9a-f]{8})\\.$", "$1");
			assertThat(log.lines()).anyMatch(line -> line.contains("[" + reference + "]"))
				.noneMatch(line -> line.contains(draft.value()) || line.contains("decryption failed")
						|| line.contains("failed its integrity check\n") || line.contains("intake/"));
		}
	}

	@Test
	void revealing_a_damaged_identity_on_the_case_page_says_it_failed_its_integrity_check() {
		CaseCode code = this.fixtures.takenInBy("carol", TestIdentities.named("Maryam", "Tukur"));
		this.tampering
			.flip("update haven.person set family_names = set_bit(family_names, 100, 1 - get_bit(family_names, 100))"
					+ " where code = (select person_code from haven.case_file where code = ?)", code.value());
		CaseView page = (CaseView) open("cases/" + code.value());

		test(byId(Button.class, "reveal-identity")).click();

		assertThat(byId(Paragraph.class, "identity-masked").getText()).isEqualTo(
				"This identity failed its integrity check, so it is not shown. Your administrator has been told; nothing was changed.");
		assertThat(byId(Div.class, "identity").getElement().getTextRecursively()).doesNotContain("Maryam");
	}

	@Test
	void a_failed_search_empties_the_list_and_says_so_instead_of_showing_every_case() {
		String family = "Danladi" + UUID.randomUUID().toString().substring(0, 6);
		this.fixtures.takenInBy("carol", TestIdentities.named("Amina", "Other"));
		CaseCode damaged = this.fixtures.takenInBy("carol", TestIdentities.named("Amina", family));
		this.tampering
			.flip("update haven.person set given_names = set_bit(given_names, 100, 1 - get_bit(given_names, 100))"
					+ " where code = (select person_code from haven.case_file where code = ?)", damaged.value());
		MyCasesView view = (MyCasesView) open("cases");
		assertThat(view.shown()).isNotEmpty();
		assertThat(view.searchFailed.isVisible()).isFalse();

		try (CapturedLog log = CapturedLog.start()) {
			view.searchBy.setValue(CaseQuery.SearchBy.NAME);
			view.text.setValue(family);
			test(view.search).click();
			roundTrip();

			assertThat(view.searchFailed.isVisible()).isTrue();
			assertThat(view.searchFailed.getText()).startsWith("The search failed, so no cases are listed.");
			assertThat(view.shown()).isEmpty();
			assertThat(log.hasStackTraces()).isFalse();
			assertThat(log.lines()).noneMatch(line -> line.contains(family) || line.contains("decryption failed"));
		}

		view.searchBy.setValue(CaseQuery.SearchBy.CASE_CODE);
		view.text.setValue(damaged.value());
		test(view.search).click();
		assertThat(view.searchFailed.isVisible()).isFalse();
		assertThat(view.shown()).extracting(summary -> summary.code()).containsExactly(damaged);
	}

	private long lastEvent() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private List<String> findingsAfter(long seq, CaseCode code) {
		return this.jdbc.queryForList(
				"select reason from audit_event where seq > ? and action = 'INTEGRITY_CHECK_FAILED' and subject_id = ?",
				String.class, seq, code.value());
	}

}
