package org.haven.casefile.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.casefile.BreakGlassReason;
import org.haven.casefile.BreakGlassRecord;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseQuery;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSummary;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionViewsTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@BeforeEach
	void signInAsSupervisor() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
	}

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void the_supervisor_sees_a_new_case_by_its_code_status_and_caseworker_and_never_who_the_person_is() {
		String given = "Ngozi" + letters();
		String family = "Adeyemi" + letters();
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.identity(given, family, LocalDate.of(1996, 4, 12), "+2348031234567", "A12345678"));

		SupervisorCasesView view = casesShowing(code);

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(cell(view, "code")).isEqualTo(code.value());
		assertThat(cell(view, "status")).isEqualTo("Intake");
		assertThat(cell(view, "primary")).isEqualTo(DemoAccounts.CASEWORKER);
		assertNoCellContains(view.grid, given, family, "2348031234567", "A12345678");

		test(view.code).setValue("");
		test(view.search).click();
		assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
		assertNoCellContains(view.grid, given, family, "2348031234567", "A12345678");
	}

	@Test
	void the_supervisor_makes_chen_primary_with_carol_beside_him_and_chen_then_finds_the_case_among_his() {
		CaseCode code = caseOfCarol();
		SupervisorCasesView view = casesShowing(code);

		test(action(view, "assign-" + code.value())).click();
		AssignDialog dialog = find(AssignDialog.class).single();
		assertThat(dialog.primary.getValue().username()).isEqualTo(DemoAccounts.CASEWORKER);
		test(dialog.primary).selectItem(AssignDialog.label(staff(DemoAccounts.SECOND_CASEWORKER)));
		test(dialog.secondaries).selectItem(AssignDialog.label(staff(DemoAccounts.CASEWORKER)));
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(lastNotification()).isEqualTo("Caseworkers assigned");
		assertThat(cell(view, "primary")).isEqualTo(DemoAccounts.SECOND_CASEWORKER);
		assertThat(cell(view, "others")).isEqualTo(DemoAccounts.CASEWORKER);
		var chensCases = TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER", () -> this.cases
			.myCases(new CaseQuery(CaseQuery.SearchBy.CASE_CODE, code.value(), Set.of(), false), 0, 10));
		assertThat(chensCases).extracting(CaseSummary::code, CaseSummary::primary)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(code, true));
	}

	@Test
	void a_closure_requested_by_carol_appears_among_the_cases_awaiting_a_closure_decision() {
		CaseCode code = caseOfCarol();
		SupervisorCasesView view = casesShowing(code);
		test(view.awaitingDecision).click();
		assertThat(test(view.grid).size()).isZero();

		requestClosure(code, Closure.Outcome.GOALS_ACHIEVED);
		test(view.search).click();

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(cell(view, "closure")).isEqualTo("Closure requested: Goals achieved");
	}

	@Test
	void approving_a_closure_request_closes_the_case() {
		CaseCode code = caseOfCarol();
		requestClosure(code, Closure.Outcome.REFERRED_ELSEWHERE);
		SupervisorCasesView view = casesShowing(code);

		test(action(view, "approve-" + code.value())).click();
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getText()).contains("Referred to another organisation");
		test(confirm).confirm();

		assertThat(this.supervision.overview(code).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(lastNotification()).isEqualTo("Case closed");
		assertThat(cell(view, "status")).isEqualTo("Closed");
	}

	@Test
	void returning_a_closure_request_needs_a_reason_and_then_leaves_the_case_open_with_that_reason() {
		CaseCode code = caseOfCarol();
		requestClosure(code, Closure.Outcome.CONTACT_LOST);
		SupervisorCasesView view = casesShowing(code);

		test(action(view, "return-" + code.value())).click();
		ReturnClosureDialog dialog = find(ReturnClosureDialog.class).single();
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Choose why the request goes back");
		assertThat(this.supervision.overview(code).closure().pending()).isTrue();

		test(dialog.reason).selectItem("A follow-up is missing");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		CaseOverview overview = this.supervision.overview(code);
		assertThat(overview.status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(overview.closure().pending()).isFalse();
		assertThat(overview.closure().returnedFor()).isEqualTo(Closure.ReturnReason.FOLLOW_UP_MISSING);
		assertThat(cell(view, "closure")).isEqualTo("Request returned: A follow-up is missing");
	}

	@Test
	void an_approval_of_a_case_changed_meanwhile_is_refused_and_changes_nothing() {
		CaseCode code = caseOfCarol();
		requestClosure(code, Closure.Outcome.GOALS_ACHIEVED);
		SupervisorCasesView view = casesShowing(code);
		Button approveAsShown = action(view, "approve-" + code.value());
		long version = this.fixtures.open(DemoAccounts.CASEWORKER, code).version();
		LocalDate followUp = LocalDate.now().plusDays(7);
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER",
				() -> this.cases.scheduleFollowUp(code, version, followUp));

		test(approveAsShown).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(lastNotification()).startsWith("Someone else changed this case in the meantime");
		CaseOverview overview = this.supervision.overview(code);
		assertThat(overview.status()).isEqualTo(CaseStatus.INTAKE);
		assertThat(overview.closure().pending()).isTrue();
		assertThat(overview.nextFollowUpOn()).isEqualTo(followUp);
		assertThat(test(view.grid).getRow(0).version()).isEqualTo(overview.version());
		assertThat(cell(view, "followUp")).isNotEmpty();
	}

	@Test
	void a_break_glass_opening_by_chen_of_a_case_of_carol_shows_with_chen_the_reason_and_the_explanation() {
		CaseCode code = caseOfCarol();
		TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER", () -> this.cases.breakGlass(code,
				BreakGlassReason.COVERING_ABSENCE, "Carol is away; the person came in for her appointment"));

		BreakGlassOpeningsView view = (BreakGlassOpeningsView) open("supervision/break-glass");

		var grid = test(view.grid);
		int row = -1;
		for (int candidate = 0; candidate < grid.size() && row < 0; candidate++) {
			if (grid.getRow(candidate).code().equals(code)) {
				row = candidate;
			}
		}
		assertThat(row).as("row of " + code.value()).isGreaterThanOrEqualTo(0);
		BreakGlassRecord opening = grid.getRow(row);
		assertThat(opening.caseworker()).isEqualTo(DemoAccounts.SECOND_CASEWORKER);
		assertThat(grid.getCellText(row, grid.getColumnPosition("caseworker")))
			.isEqualTo(DemoAccounts.SECOND_CASEWORKER);
		assertThat(grid.getCellText(row, grid.getColumnPosition("reason")))
			.isEqualTo("Covering for an absent colleague");
		assertThat(grid.getCellText(row, grid.getColumnPosition("explanation")))
			.isEqualTo("Carol is away; the person came in for her appointment");
		assertThat(grid.getCellText(row, grid.getColumnPosition("state"))).isEqualTo("Still active");
	}

	private CaseCode caseOfCarol() {
		return this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.identity("Amina" + letters(),
				"Bello" + letters(), LocalDate.of(1990, 1, 5), null, null));
	}

	private void requestClosure(CaseCode code, Closure.Outcome outcome) {
		long version = this.fixtures.open(DemoAccounts.CASEWORKER, code).version();
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.cases.requestClosure(code, version, outcome));
	}

	private SupervisorCasesView casesShowing(CaseCode code) {
		SupervisorCasesView view = (SupervisorCasesView) open("supervision/cases");
		test(view.code).setValue(code.value());
		test(view.search).click();
		return view;
	}

	private String cell(SupervisorCasesView view, String column) {
		var grid = test(view.grid);
		return grid.getCellText(0, grid.getColumnPosition(column));
	}

	private Button action(SupervisorCasesView view, String id) {
		return (Button) ((HorizontalLayout) test(view.grid).getCellComponent(0, "actions")).getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + id));
	}

	private StaffMember staff(String username) {
		return this.supervision.caseworkers()
			.stream()
			.filter(member -> member.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private void assertNoCellContains(Grid<CaseOverview> shown, String... identityValues) {
		var grid = test(shown);
		int rows = Math.min(grid.size(), 50);
		for (int row = 0; row < rows; row++) {
			for (Grid.Column<CaseOverview> column : shown.getColumns()) {
				if ("actions".equals(column.getKey())) {
					continue;
				}
				String text = grid.getCellText(row, grid.getColumnPosition(column.getKey()));
				for (String value : identityValues) {
					assertThat(text).as("cell " + column.getKey() + " of row " + row).doesNotContain(value);
				}
			}
		}
	}

	private String lastNotification() {
		return find(Notification.class).all().getLast().getElement().getProperty("text", "");
	}

	private static String letters() {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
