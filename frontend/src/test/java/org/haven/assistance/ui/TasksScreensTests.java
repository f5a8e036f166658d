package org.haven.assistance.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.Task;
import org.haven.assistance.TaskToDo;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.haven.ui.UserLocale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The tasks on the case page, and the work due on the home page: the caseworker's week
 * and the supervisors' escalations, by case code only.
 */
class TasksScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseTasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsentLedger consent;

	CaseCode code;

	@BeforeEach
	void aCaseOfCarols() {
		this.code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Tasks", "Screen"));
	}

	@Test
	void a_caseworker_writes_a_task_down_on_the_case_page_and_marks_it_done() {
		openTheCase();
		assertThat(byId(Paragraph.class, "tasks-none").isVisible()).isTrue();

		test(byId(TextField.class, "task-title")).setValue("Call the clinic about the appointment");
		test(byId(DatePicker.class, "task-due-on")).setValue(UserLocale.today().plusDays(2));
		test(byId(Button.class, "add-task")).click();

		Grid<Task> list = list();
		assertThat(test(list).size()).isEqualTo(1);
		assertThat(test(list).getCellText(0, 0)).isEqualTo("Call the clinic about the appointment");
		assertThat(test(list).getCellText(0, 3)).isEqualTo("Open");
		assertThat(byId(TextField.class, "task-title").getValue()).isEmpty();

		test(rowButton(0, "task-done-")).click();

		assertThat(test(list()).getCellText(0, 3)).isEqualTo("Done");
	}

	@Test
	void a_day_in_the_past_is_pointed_out_on_its_field_and_what_was_typed_stays() {
		openTheCase();

		test(byId(TextField.class, "task-title")).setValue("Renew the residence permit");
		test(byId(DatePicker.class, "task-due-on")).setValue(UserLocale.today().minusDays(1));
		test(byId(Button.class, "add-task")).click();

		DatePicker dueOn = byId(DatePicker.class, "task-due-on");
		assertThat(dueOn.isInvalid()).isTrue();
		assertThat(dueOn.getErrorMessage()).isEqualTo("The day must not be in the past.");
		assertThat(byId(TextField.class, "task-title").getValue()).isEqualTo("Renew the residence permit");
	}

	@Test
	void an_overdue_task_says_so_in_words_not_by_colour_alone() {
		Task task = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.tasks.add(this.code, "Check the shelter place", LocalDate.now()));
		// two days have passed since the day it was due
		this.jdbc.update("update care_task set due_on = due_on - 2 where id = ?", task.id());

		openTheCase();

		assertThat(test(list()).getCellText(0, 3)).isEqualTo("Open, Overdue");
	}

	@Test
	void a_supervisors_home_shows_the_tasks_escalated_to_them() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");

		assertThat(byId(VerticalLayout.class, "home-escalated").getElement().getTextRecursively())
			.contains("Tasks escalated to supervisors");
	}

	@Test
	void a_supervisors_home_lists_overdue_tasks_by_case_code_without_the_title() {
		Task task = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.tasks.add(this.code, "Phone the embassy about the passport", LocalDate.now()));
		// a day has passed since the day it was due
		this.jdbc.update("update care_task set due_on = due_on - 1 where id = ?", task.id());
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");

		Grid<TaskToDo> overdue = byId(Grid.class, "home-overdue-list");
		assertThat(test(overdue).getCellText(rowOf(overdue, this.code), 1)).isEqualTo("Task");
		assertThat(byId(VerticalLayout.class, "home-tasks").getElement().getTextRecursively())
			.doesNotContain("embassy");
	}

	@Test
	void the_caseworkers_home_lists_their_tasks_of_the_week_by_case_code_without_the_title() {
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.tasks.add(this.code, "Meet at the legal aid office", LocalDate.now().plusDays(1)));
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("");

		Grid<TaskToDo> dueSoon = byId(Grid.class, "home-due-soon-list");
		int row = rowOf(dueSoon, this.code);
		assertThat(test(dueSoon).getCellText(row, 1)).isEqualTo("Task");
		assertThat(byId(VerticalLayout.class, "home-tasks").getElement().getTextRecursively())
			.doesNotContain("legal aid");
	}

	@Test
	void a_break_glass_reader_sees_the_tasks_and_may_add_or_change_none() {
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.tasks.add(this.code, "Accompany to the hearing", LocalDate.now().plusDays(3)));
		this.fixtures.breakGlass(DemoAccounts.SECOND_CASEWORKER, this.code);
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());

		assertThat(test(list()).size()).isEqualTo(1);
		assertThat(byId(Button.class, "add-task").isVisible()).isFalse();
		assertThat(((HorizontalLayout) test(list()).getCellComponent(0, "actions")).getComponentCount()).isZero();
	}

	@Test
	void a_caseworker_records_a_follow_up_contact_and_it_is_listed_in_words() {
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now())));
		openTheCase();
		assertThat(byId(Paragraph.class, "case-contacts-none").isVisible()).isTrue();

		test(byId(Button.class, "record-follow-up")).click();
		roundTrip();
		test(select("after-care-channel")).selectItem("By phone");
		test(select("after-care-safety-now")).selectItem("Safe");
		test(radio("after-care-approached")).selectItem("No");
		test(radio("after-care-debt")).selectItem("No");
		test(radio("after-care-unsafe-home")).selectItem("Declined to answer");
		test(find(Button.class).withId("save-follow-up-contact").single()).click();
		roundTrip();

		Grid<AfterCareCheck> contacts = byId(Grid.class, "case-contacts-list");
		assertThat(test(contacts).size()).isEqualTo(1);
		assertThat(test(contacts).getCellText(0, 1)).isEqualTo("Follow-up contact");
		assertThat(test(contacts).getCellText(0, 2)).isEqualTo("Reached, By phone");
		assertThat(test(contacts).getCellText(0, 4)).isEqualTo("No risk found");
	}

	@Test
	void a_consent_that_ends_soon_is_a_task_naming_the_purpose() {
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.consent.record(this.code, 0, TestConsents
			.givenUntil(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now(), LocalDate.now().plusDays(20))));

		openTheCase();

		assertThat(test(list()).getCellText(0, 0)).startsWith("Consent for “Follow-up contact").contains("ends soon");
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@SuppressWarnings("unchecked")
	private static RadioButtonGroup<Object> radio(String id) {
		return byId(RadioButtonGroup.class, id);
	}

	private void openTheCase() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());
	}

	@SuppressWarnings("unchecked")
	private static Grid<Task> list() {
		return byId(Grid.class, "case-tasks");
	}

	private Button rowButton(int row, String idPrefix) {
		HorizontalLayout actions = (HorizontalLayout) test(list()).getCellComponent(row, "actions");
		return (Button) actions.getChildren()
			.filter(component -> component.getId().filter(id -> id.startsWith(idPrefix)).isPresent())
			.findFirst()
			.orElseThrow();
	}

	private int rowOf(Grid<TaskToDo> grid, CaseCode code) {
		for (int row = 0; row < test(grid).size(); row++) {
			if (test(grid).getRow(row).code().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code.value());
	}

}
