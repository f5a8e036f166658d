package org.haven.casefile.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.assertj.core.groups.Tuple;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.access.StaffMember;
import org.haven.assessment.AssessmentFixtures;
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
import org.haven.casefile.ErasureRequestRecord;
import org.haven.casefile.IntakeService;
import org.haven.casefile.PossibleDuplicateRecord;
import org.haven.casefile.RetentionKeepReason;
import org.haven.person.ErasureReason;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.TestIdentities;
import org.haven.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionViewsTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	AssessmentFixtures assessed;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	IntakeService intake;

	@Autowired
	PersonService persons;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signInAsSupervisor() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
	}

	@Test
	void the_supervisor_sees_a_new_case_by_its_code_status_and_caseworker_and_never_who_the_person_is() {
		String given = "Ngozi" + TestIdentities.letters();
		String family = "Adeyemi" + TestIdentities.letters();
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
		this.fixtures.memberOfTheTeamOf(code, DemoAccounts.SECOND_CASEWORKER);
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
		var chensCases = TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER",
				() -> this.cases
					.myCases(new CaseQuery(CaseQuery.SearchBy.CASE_CODE, code.value(), Set.of(), false),
							PageRequest.ofSize(10))
					.getContent());
		assertThat(chensCases).extracting(CaseSummary::code, CaseSummary::primary)
			.containsExactly(Tuple.tuple(code, true));
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
		assertThat(cell(view, "closure"))
			.isEqualTo("Closure requested: Goals achieved · Flagged: no baseline assessment");
	}

	@Test
	void approving_a_closure_request_closes_the_case() {
		CaseCode code = caseOfCarol();
		this.assessed.assessedAtBaselineAndEndline(DemoAccounts.CASEWORKER, code);
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
		this.assessed.assessedAtBaselineAndEndline(DemoAccounts.CASEWORKER, code);
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
	void a_break_glass_opening_by_chen_shows_with_chen_and_the_reason_and_the_explanation_only_when_shown_and_recorded() {
		CaseCode code = caseOfCarol();
		TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER", () -> this.cases.breakGlass(code,
				BreakGlassReason.COVERING_ABSENCE, "Carol is away; the person came in for her appointment"));

		BreakGlassOpeningsView view = (BreakGlassOpeningsView) open("supervision/break-glass");

		var grid = test(view.grid);
		int row = rowOf(view, code);
		BreakGlassRecord opening = grid.getRow(row);
		assertThat(opening.caseworker()).isEqualTo(DemoAccounts.SECOND_CASEWORKER);
		assertThat(grid.getCellText(row, grid.getColumnPosition("caseworker")))
			.isEqualTo(DemoAccounts.SECOND_CASEWORKER);
		assertThat(grid.getCellText(row, grid.getColumnPosition("reason")))
			.isEqualTo("Covering for an absent colleague");
		assertThat(grid.getCellText(row, grid.getColumnPosition("state"))).isEqualTo("Still active");
		Component explanation = grid.getCellComponent(row, "explanation");
		assertThat(explanation.getElement().getTextRecursively()).doesNotContain("Carol is away");
		long before = lastEvent();

		test(find(Button.class).from(explanation).withId("show-explanation-" + opening.id()).single()).click();

		assertThat(explanation.getElement().getTextRecursively())
			.contains("Carol is away; the person came in for her appointment");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where seq > ? and action = 'IDENTITY_REVEALED'
				and actor_username = ? and subject_id = ?""", Long.class, before, DemoAccounts.SUPERVISOR,
				code.value()))
			.isEqualTo(1);
	}

	@Test
	void the_supervisor_marks_an_opening_reviewed_and_ends_it_and_chen_loses_access_at_once() {
		CaseCode code = caseOfCarol();
		TestSecurity.as(DemoAccounts.SECOND_CASEWORKER, "CASEWORKER",
				() -> this.cases.breakGlass(code, BreakGlassReason.IMMEDIATE_SAFETY_RISK, ""));
		BreakGlassOpeningsView view = (BreakGlassOpeningsView) open("supervision/break-glass");
		UUID grant = test(view.grid).getRow(rowOf(view, code)).id();

		test(button(test(view.grid).getCellComponent(rowOf(view, code), "actions"), "review-" + grant)).click();
		assertThat(lastNotification()).isEqualTo("Marked reviewed");
		test(button(test(view.grid).getCellComponent(rowOf(view, code), "actions"), "end-" + grant)).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(lastNotification()).isEqualTo("Access ended");
		var grid = test(view.grid);
		int row = rowOf(view, code);
		assertThat(grid.getCellText(row, grid.getColumnPosition("state")))
			.isEqualTo("Ended early by " + DemoAccounts.SUPERVISOR);
		assertThat(grid.getCellText(row, grid.getColumnPosition("review")))
			.isEqualTo("Reviewed by " + DemoAccounts.SUPERVISOR);
		assertThatThrownBy(() -> this.fixtures.open(DemoAccounts.SECOND_CASEWORKER, code))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void an_erasure_asked_for_by_carol_is_approved_on_the_erasure_requests_screen_and_the_identity_is_gone() {
		CaseCode code = caseOfCarol();
		this.fixtures.erasureAskedBy(DemoAccounts.CASEWORKER, code, ErasureReason.NO_LONGER_NEEDED);
		ErasureRequestsView view = (ErasureRequestsView) open("supervision/erasures");
		var grid = test(view.grid);
		int row = -1;
		for (int candidate = 0; candidate < grid.size() && row < 0; candidate++) {
			if (grid.getRow(candidate).code().equals(code)) {
				row = candidate;
			}
		}
		assertThat(row).isGreaterThanOrEqualTo(0);
		assertThat(grid.getCellText(row, grid.getColumnPosition("reason"))).isEqualTo("No longer needed");
		assertThat(grid.getCellText(row, grid.getColumnPosition("requestedBy"))).isEqualTo(DemoAccounts.CASEWORKER);

		test(button(grid.getCellComponent(row, "actions"), "approve-erasure-" + code.value())).click();
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getText()).contains("cannot be undone", DemoAccounts.CASEWORKER);
		test(confirm).confirm();

		assertThat(lastNotification()).isEqualTo("Identity erased");
		PersonCode person = this.fixtures.personOf(DemoAccounts.CASEWORKER, code);
		assertThat(TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.persons.summary(person)).erased())
			.isTrue();
		assertThat(this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.extracting(ErasureRequestRecord::code)
			.doesNotContain(code);
	}

	@Test
	void a_case_whose_retention_period_ended_waits_with_its_dates_and_is_kept_for_a_reason_until_a_day_never_refused() {
		CaseCode code = caseOfCarol();
		this.fixtures.closedBy(DemoAccounts.CASEWORKER, code, Closure.Outcome.GOALS_ACHIEVED);
		this.fixtures.retentionReviewedAfter(Duration.ofDays(1));
		ErasureRequestsView view = (ErasureRequestsView) open("supervision/erasures");
		var grid = test(view.grid);
		int row = rowWhere(view.grid, request -> request.code().equals(code));
		LocalDate today = LocalDate.now();

		assertThat(grid.getCellText(row, grid.getColumnPosition("reason"))).isEqualTo("The retention period ended");
		assertThat(grid.getCellText(row, grid.getColumnPosition("requestedBy"))).isEqualTo("Haven: retention period");
		assertThat(grid.getCellText(row, grid.getColumnPosition("dates"))).startsWith("Closed on ")
			.contains("no after-care check; due since ");
		Component actions = grid.getCellComponent(row, "actions");
		assertThat(descendants(actions).map(component -> component.getId().orElse("")))
			.contains("approve-erasure-" + code.value(), "keep-case-" + code.value())
			.doesNotContain("refuse-erasure-" + code.value());

		test(button(actions, "keep-case-" + code.value())).click();
		Button save = find(Button.class).withId("keep-save").single();
		@SuppressWarnings("unchecked")
		Select<RetentionKeepReason> reason = find(Select.class).withId("keep-reason").single();
		DatePicker keepUntil = find(DatePicker.class).withId("keep-until").single();
		test(save).click();
		assertThat(reason.getErrorMessage()).isEqualTo("Choose why the case is kept");
		assertThat(keepUntil.getErrorMessage()).isEqualTo("Choose the date until which the case is kept");
		test(reason).selectItem("Legal proceedings");
		test(keepUntil).setValue(today);
		test(save).click();
		assertThat(reason.isInvalid()).isFalse();
		assertThat(keepUntil.getErrorMessage()).isEqualTo("Choose a date after today");
		assertThat(this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.extracting(ErasureRequestRecord::code)
			.contains(code);

		test(keepUntil).setValue(today.plusMonths(6));
		test(save).click();

		assertThat(lastNotification()).isEqualTo("Case kept");
		assertThat(find(KeepCaseDialog.class).all()).noneMatch(KeepCaseDialog::isOpened);
		assertThat(this.supervision.erasureRequests(PageRequest.ofSize(500)).getContent())
			.extracting(ErasureRequestRecord::code)
			.doesNotContain(code);
	}

	@Test
	void a_duplicate_check_that_matched_outside_the_caseworkers_cases_waits_here_with_the_matching_case() {
		String phone = "+234 811 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
		CaseCode chens = this.fixtures.takenInBy(DemoAccounts.SECOND_CASEWORKER,
				TestIdentities.identity("Ada", "Obi" + TestIdentities.letters(), null, phone, null));
		var draft = this.fixtures.draftOf(DemoAccounts.CASEWORKER,
				TestIdentities.identity("Someone", "Else", null, phone, null));
		TestSecurity.as(DemoAccounts.CASEWORKER, "CASEWORKER", () -> this.intake.checkDuplicates(draft));

		PossibleDuplicatesView view = (PossibleDuplicatesView) open("supervision/duplicates");

		var grid = test(view.grid);
		int row = -1;
		for (int candidate = 0; candidate < grid.size() && row < 0; candidate++) {
			if (grid.getRow(candidate).cases().contains(chens)) {
				row = candidate;
			}
		}
		assertThat(row).isGreaterThanOrEqualTo(0);
		assertThat(grid.getCellText(row, grid.getColumnPosition("caseworker"))).isEqualTo(DemoAccounts.CASEWORKER);
		assertThat(grid.getCellText(row, grid.getColumnPosition("cases"))).contains(chens.value());
		UUID followUp = grid.getRow(row).id();
		test(button(grid.getCellComponent(row, "actions"), "close-duplicate-" + followUp)).click();
		assertThat(lastNotification()).isEqualTo("Marked done");
		assertThat(this.supervision.possibleDuplicates(PageRequest.ofSize(500)).getContent())
			.extracting(PossibleDuplicateRecord::id)
			.doesNotContain(followUp);
	}

	/** The button of that id within a grid cell's component. */
	private static Button button(Component cell, String id) {
		return descendants(cell).filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter(button -> id.equals(button.getId().orElse(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + id));
	}

	private static Stream<Component> descendants(Component component) {
		return Stream.concat(Stream.of(component), component.getChildren().flatMap(SupervisionViewsTests::descendants));
	}

	private int rowOf(BreakGlassOpeningsView view, CaseCode code) {
		return rowWhere(view.grid, opening -> opening.code().equals(code));
	}

	private <T> int rowWhere(Grid<T> shown, Predicate<T> wanted) {
		var grid = test(shown);
		for (int candidate = 0; candidate < grid.size(); candidate++) {
			if (wanted.test(grid.getRow(candidate))) {
				return candidate;
			}
		}
		throw new AssertionError("no such row");
	}

	private long lastEvent() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	private CaseCode caseOfCarol() {
		return this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
				TestIdentities.identity("Amina" + TestIdentities.letters(), "Bello" + TestIdentities.letters(),
						LocalDate.of(1990, 1, 5), null, null));
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

}
