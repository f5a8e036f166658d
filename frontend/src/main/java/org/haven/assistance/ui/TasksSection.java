package org.haven.assistance.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.assistance.AfterCare;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.CaseTasks;
import org.haven.assistance.ContactKind;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.assistance.TaskStatus;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.ui.CaseSection;
import org.haven.reference.ReferenceData;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * The case's tasks: open ones first by their day, overdue and escalated ones saying so in
 * words, and a task to write down; then the contacts recorded with the person, and a
 * contact to record. Loaded when the page opens (an audited read) and emptied when it is
 * left, since a title may name the person.
 */
class TasksSection extends CaseSection {

	private final CaseTasks tasks;

	private final AfterCare afterCare;

	private final ReferenceData reference;

	private final CaseService cases;

	private final Grid<Task> list = new Grid<>();

	private final Paragraph none = new Paragraph();

	private final H3 newTask = new H3();

	private final TextField title = new TextField();

	private final DatePicker dueOn = new DatePicker();

	private final Button add = new Button();

	private final HorizontalLayout form;

	private final Button recordContact = new Button();

	private final ContactsList contacts;

	private final InputProblems problems;

	private CaseDetails shown;

	TasksSection(CaseTasks tasks, AfterCare afterCare, ReferenceData reference, CaseService cases) {
		this.tasks = tasks;
		this.afterCare = afterCare;
		this.reference = reference;
		this.cases = cases;
		setId("tasks-section");
		this.list.setId("case-tasks");
		this.list.setAllRowsVisible(true);
		this.list.addColumn(task -> TaskLabels.what(this, task))
			.setHeader(getTranslation("task.column.task"))
			.setKey("task")
			.setFlexGrow(3);
		this.list.addColumn(task -> UserLocale.date(task.dueOn()))
			.setHeader(getTranslation("task.column.due-on"))
			.setKey("dueOn");
		this.list.addColumn(task -> task.assignedTo() == null ? "" : task.assignedTo())
			.setHeader(getTranslation("task.column.assigned-to"))
			.setKey("assignedTo");
		this.list.addColumn(task -> TaskLabels.standing(this, task))
			.setHeader(getTranslation("task.column.status"))
			.setKey("status")
			.setFlexGrow(2);
		this.list.addComponentColumn(this::actions)
			.setHeader(getTranslation("task.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.none.setId("tasks-none");
		this.none.setText(getTranslation("task.none"));

		this.newTask.setText(getTranslation("task.new"));
		this.title.setId("task-title");
		this.title.setLabel(getTranslation("task.field.title"));
		this.title.setWidth("28em");
		DatePickers.inUserLanguage(this.dueOn).setId("task-due-on");
		this.dueOn.setLabel(getTranslation("task.field.due-on"));
		this.add.setId("add-task");
		this.add.setText(getTranslation("task.add"));
		this.add.addClickListener(click -> addTask());
		this.form = new HorizontalLayout(this.title, this.dueOn, this.add);
		this.form.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.form.setWrap(true);
		this.problems = new InputProblems(this).field("title", this.title).field("dueOn", this.dueOn);
		this.recordContact.setId("record-follow-up");
		this.recordContact.setText(getTranslation("follow-up.record-unplanned"));
		this.recordContact.addClickListener(click -> recordContact(ContactKind.FOLLOW_UP, null));
		this.contacts = new ContactsList(reference);
		add(new H2(getTranslation("task.title")), new Paragraph(getTranslation("task.intro")), this.list, this.none,
				this.newTask, this.form, this.contacts, this.recordContact);
	}

	@Override
	protected void show(CaseDetails current) {
		this.shown = current;
		boolean mayAdd = !current.readOnly() && current.status() != CaseStatus.CLOSED;
		List.of(this.newTask, this.title, this.dueOn, this.add, this.form, this.recordContact)
			.forEach(component -> component.setVisible(mayAdd));
	}

	@Override
	protected void saved(CaseDetails current) {
		show(current);
		if (this.shown != null) {
			load();
		}
	}

	@Override
	protected void opened(CaseDetails current) {
		this.shown = current;
		this.dueOn.setValue(UserLocale.today().plusDays(7));
		load();
	}

	@Override
	protected void leave() {
		this.list.setItems(List.of());
		this.contacts.clear();
		this.title.clear();
		this.shown = null;
	}

	private void load() {
		List<Task> found = this.tasks.tasks(this.shown.code());
		this.list.setItems(found);
		this.list.setVisible(!found.isEmpty());
		this.none.setVisible(found.isEmpty());
		this.contacts.show(this.afterCare.checks(this.shown.code()));
	}

	private void addTask() {
		try {
			this.tasks.add(this.shown.code(), this.title.getValue(), this.dueOn.getValue());
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		this.problems.clear();
		this.title.clear();
		Notifications.success(getTranslation("task.added"));
		load();
	}

	private Component actions(Task task) {
		if (this.shown == null || this.shown.readOnly() || task.status() != TaskStatus.OPEN) {
			return RowActions.of();
		}
		if (task.kind() == TaskKind.AFTER_CARE_CHECK) {
			Button check = new Button(getTranslation("after-care.record"),
					click -> recordContact(ContactKind.AFTER_CARE_CHECK, task));
			check.setId("after-care-check-" + task.id());
			return RowActions.of(check);
		}
		Button cancel = new Button(getTranslation("task.cancel"),
				click -> change(() -> this.tasks.cancel(this.shown.code(), task.id(), task.version()),
						"task.cancelled"));
		cancel.setId("task-cancel-" + task.id());
		if (task.kind() == TaskKind.FOLLOW_UP) {
			Button contact = new Button(getTranslation("follow-up.record"),
					click -> recordContact(ContactKind.FOLLOW_UP, task));
			contact.setId("follow-up-contact-" + task.id());
			return RowActions.of(contact, cancel);
		}
		Button done = new Button(getTranslation("task.done"),
				click -> change(() -> this.tasks.done(this.shown.code(), task.id(), task.version()),
						"task.marked-done"));
		done.setId("task-done-" + task.id());
		return RowActions.of(done, cancel);
	}

	private void recordContact(ContactKind kind, Task task) {
		new AfterCareCheckDialog(this.afterCare, this.reference, this.shown.code(), kind, task, this::actOnRisk,
				this::load)
			.open();
	}

	/**
	 * A contact that found risk says so: after closure it offers to reopen the case for
	 * it (the page then reloads); while the case is open it asks the caseworker to act
	 * today.
	 */
	private void actOnRisk(AfterCareCheck check) {
		if (!check.riskFound()) {
			return;
		}
		if (check.kind() == ContactKind.FOLLOW_UP) {
			Notifications.warning(getTranslation("follow-up.risk"));
			return;
		}
		CaseCode code = this.shown.code();
		new ReopenForRiskDialog(this.cases, code, () -> UI.getCurrent().getPage().reload()).open();
	}

	private void change(Runnable action, String successKey) {
		RowActions.change(this, () -> {
			action.run();
			Notifications.success(getTranslation(successKey));
		}, "task.conflict", this::load);
	}

}
