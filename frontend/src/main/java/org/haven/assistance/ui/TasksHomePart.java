package org.haven.assistance.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.assistance.TaskToDo;
import org.haven.assistance.TasksToDo;
import org.haven.casefile.ui.CaseNavigation;
import org.haven.ui.HomePart;
import org.haven.ui.UserLocale;

/**
 * The work due, on the home page: for a caseworker their open tasks of the coming week,
 * overdue ones first, the after-care checks ahead of them and the consents that end soon;
 * for a supervisor the tasks overdue and those escalated past their grace period. By case
 * code and kind only, never a title.
 */
@org.springframework.stereotype.Component
class TasksHomePart implements HomePart {

	private final TasksToDo toDo;

	TasksHomePart(TasksToDo toDo) {
		this.toDo = toDo;
	}

	@Override
	public Optional<Component> newPart() {
		Set<Role> roles = CurrentUser.roles();
		VerticalLayout part = new VerticalLayout();
		part.setPadding(false);
		part.setId("home-tasks");
		if (roles.contains(Role.CASEWORKER)) {
			part.add(list(part, "home-due-soon", "home.tasks.title", "home.tasks.none", this.toDo.mineDueSoon()));
			part.add(list(part, "home-after-care", "home.after-care.title", "home.after-care.none",
					this.toDo.myAfterCareAhead()));
			part.add(list(part, "home-consent-ending", "home.consent-ending.title", "home.consent-ending.none",
					this.toDo.myConsentsEnding()));
		}
		if (roles.contains(Role.SUPERVISOR)) {
			part.add(list(part, "home-overdue", "home.overdue.title", "home.overdue.none", this.toDo.overdue()));
			part.add(
					list(part, "home-escalated", "home.escalated.title", "home.escalated.none", this.toDo.escalated()));
		}
		return part.getComponentCount() == 0 ? Optional.empty() : Optional.of(part);
	}

	private static VerticalLayout list(Component translator, String id, String titleKey, String noneKey,
			List<TaskToDo> found) {
		VerticalLayout list = new VerticalLayout();
		list.setPadding(false);
		list.setId(id);
		list.add(new H2(translator.getTranslation(titleKey)));
		if (found.isEmpty()) {
			list.add(new Paragraph(translator.getTranslation(noneKey)));
			return list;
		}
		Grid<TaskToDo> grid = new Grid<>();
		grid.setId(id + "-list");
		grid.setAllRowsVisible(true);
		grid.addComponentColumn(task -> {
			Anchor link = new Anchor(CaseNavigation.caseUrl(task.code()), task.code().value());
			link.setAriaLabel(translator.getTranslation("home.tasks.open", task.code().value()));
			link.addClassName("haven-case-link");
			return link;
		}).setHeader(translator.getTranslation("home.tasks.case")).setKey("case").setAutoWidth(true);
		grid.addColumn(task -> TaskLabels.of(translator, task.kind()))
			.setHeader(translator.getTranslation("task.column.task"))
			.setKey("task");
		grid.addColumn(task -> UserLocale.date(task.dueOn())
				+ (task.dueOn().isBefore(UserLocale.today()) ? ", " + translator.getTranslation("task.overdue") : ""))
			.setHeader(translator.getTranslation("task.column.due-on"))
			.setKey("dueOn");
		grid.addColumn(task -> task.assignedTo() == null ? "" : task.assignedTo())
			.setHeader(translator.getTranslation("task.column.assigned-to"))
			.setKey("assignedTo");
		grid.setItems(found);
		list.add(grid);
		return list;
	}

	@Override
	public int getOrder() {
		return 100;
	}

}
