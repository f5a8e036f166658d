package org.haven.audit.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.audit.Action;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
import org.haven.audit.AuditWorkspace;
import org.haven.audit.Outcome;
import org.haven.casefile.CaseFixtures;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.Profile;
import org.haven.person.TestIdentities;
import org.haven.ui.Languages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorScreensTests extends ViewTest {

	@Autowired
	PersonService service;

	@Autowired
	AuditWorkspace workspace;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AuditTrail trail;

	PersonCode revealed;

	@BeforeEach
	void aCaseworkerRevealsAnIdentityAndAnAuditorSignsIn() {
		PersonCode code = this.fixtures.personTakenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.named("Folake", "Adebayo"), Profile.notAskedYet());
		this.revealed = TestSecurity.asCaseworker(() -> {
			this.service.revealIdentity(code);
			return code;
		});
		signInAs(DemoAccounts.AUDITOR, Role.AUDITOR);
	}

	@Test
	void an_auditor_finds_who_revealed_a_persons_identity() {
		AuditTrailView view = (AuditTrailView) open("audit");
		test(view.subject).setValue(this.revealed.value());
		test(view.action).selectItem("Identity revealed");
		test(view.search).click();

		AuditEvent found = test(view.events).getRow(0);
		assertThat(found.actorUsername()).isEqualTo(DemoAccounts.CASEWORKER);
		assertThat(found.subjectId()).isEqualTo(this.revealed.value());
		assertThat(found.outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(test(view.events).getCellText(0,
				view.events.getColumns().indexOf(view.events.getColumnByKey("action"))))
			.isEqualTo("Identity revealed");
	}

	@Test
	void the_trail_pages_through_more_events_than_fit_one_page() {
		TestSecurity.asCaseworker(() -> {
			for (int i = 0; i < 120; i++) {
				this.trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of("name"), "found 0");
			}
			return null;
		});
		List<AuditEvent> first = this.workspace.search(AuditQuery.everything(), 0, 50);
		List<AuditEvent> second = this.workspace.search(AuditQuery.everything(), 50, 50);
		assertThat(first).hasSize(50);
		assertThat(second).hasSize(50);
		assertThat(first.getLast().seq()).isGreaterThan(second.getFirst().seq());

		AuditTrailView view = (AuditTrailView) open("audit");
		assertThat(test(view.events).size()).isGreaterThanOrEqualTo(120);
	}

	@Test
	void the_auditors_own_search_and_export_are_recorded_and_the_csv_defuses_formulas() {
		TestSecurity.as("=cmd|' /C calc'!A0", Role.CASEWORKER, () -> {
			this.trail.record(Action.PERSONS_SEARCHED, Outcome.ALLOWED, null, List.of(), "+SUM(1,2)");
			return null;
		});
		AuditTrailView view = (AuditTrailView) open("audit");
		test(view.outcome).selectItem("Allowed");
		test(view.search).click();
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		view.exportTo(csv);

		String exported = csv.toString(StandardCharsets.UTF_8);
		assertThat(exported).startsWith("\"Number\",\"Time (UTC, ISO 8601)\",\"User ID\"");
		assertThat(exported).contains("\"'=cmd|' /C calc'!A0\"").contains("\"'+SUM(1,2)\"").doesNotContain(",\"=cmd");
		List<AuditEvent> mine = this.workspace.search(new AuditQuery(Instant.now().minus(Duration.ofMinutes(5)), null,
				DemoAccounts.AUDITOR, null, null, null), 0, 20);
		assertThat(mine).extracting(AuditEvent::action).contains("AUDIT_SEARCHED", "AUDIT_EXPORTED");
	}

	@Test
	void in_french_the_export_names_its_columns_in_french_and_keeps_times_in_iso_8601() {
		VaadinSession.getCurrent().setLocale(Languages.FRENCH);
		UI.getCurrent().setLocale(Languages.FRENCH);
		open("audit");
		UI.getCurrent().refreshCurrentRoute(true);
		AuditTrailView view = (AuditTrailView) getCurrentView();
		ByteArrayOutputStream csv = new ByteArrayOutputStream();

		view.exportTo(csv);

		List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.getFirst()).startsWith("\"Numéro\",\"Heure (UTC, ISO 8601)\"").contains("\"Motif\"");
		assertThat(lines.get(1).split(",")[1]).matches("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*Z\"");
	}

	@Test
	void the_integrity_check_reports_an_intact_chain_and_the_checkpoints_export() {
		AuditIntegrityView view = (AuditIntegrityView) open("audit/integrity");
		test(view.check).click();
		Instant deadline = Instant.now().plusSeconds(60);
		while (view.lastResult() == null && Instant.now().isBefore(deadline)) {
			sleep();
		}
		assertThat(view.lastResult()).isNotNull();
		assertThat(view.lastResult().intact()).as(view.lastResult().toString()).isTrue();
		// the check's result arrives through UI.access, which waits for the session the
		// test holds
		UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
		assertThat(view.verdict.getText()).startsWith("Intact");

		assertThat(view.sealer.getText()).startsWith("The sealer links new events");

		ByteArrayOutputStream file = new ByteArrayOutputStream();
		this.workspace.exportCheckpoints(file);
		assertThat(file.toString(StandardCharsets.UTF_8)).startsWith("# haven-audit-checkpoints/v1 public-key ");
	}

	/**
	 * Issue 10, point 3: the view takes an exported checkpoint file (or a witness) and
	 * checks from its newest checkpoint, with that file's public key; anything else is
	 * refused with a message and checks nothing.
	 */
	@Test
	void the_integrity_view_checks_from_an_uploaded_checkpoint_file_and_refuses_anything_else() {
		AuditIntegrityView view = (AuditIntegrityView) open("audit/integrity");
		ByteArrayOutputStream witness = new ByteArrayOutputStream();
		this.workspace.exportWitness(witness);
		assertThat(witness.toString(StandardCharsets.UTF_8)).startsWith("# haven-audit-checkpoints/v1 public-key ");

		test(view.upload).upload("notes.txt", "text/plain", "not a checkpoint file".getBytes(StandardCharsets.UTF_8));
		runPendingAccessTasks();
		assertThat(view.uploadProblem.getText())
			.isEqualTo("This is not a Haven checkpoint file, or it holds no checkpoint. Nothing was checked.");
		assertThat(view.lastResult()).isNull();

		test(view.upload).upload("witness.txt", "text/plain", witness.toByteArray());
		runPendingAccessTasks();
		Instant deadline = Instant.now().plusSeconds(60);
		while (view.lastResult() == null && Instant.now().isBefore(deadline)) {
			sleep();
		}
		assertThat(view.lastResult()).isNotNull();
		assertThat(view.lastResult().intact()).as(view.lastResult().toString()).isTrue();
		assertThat(view.lastResult().checkpointsChecked()).isPositive();
		runPendingAccessTasks();
		assertThat(view.verdict.getText()).startsWith("Intact");
		assertThat(view.uploadProblem.getText()).isEmpty();
	}

	private static void runPendingAccessTasks() {
		UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
	}

	@Test
	void highlights_show_a_user_who_revealed_many_identities_within_an_hour() {
		TestSecurity.as("greedy", Role.CASEWORKER, () -> {
			for (int i = 0; i < 25; i++) {
				this.trail.record(Action.IDENTITY_REVEALED, Outcome.ALLOWED, this.revealed, List.of("givenNames"),
						null);
			}
			return null;
		});
		AuditHighlightsView view = (AuditHighlightsView) open("audit/highlights");
		assertThat(view.highlights.getListDataView().getItems())
			.anySatisfy(highlight -> assertThat(highlight.actor()).isEqualTo("greedy"));
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
