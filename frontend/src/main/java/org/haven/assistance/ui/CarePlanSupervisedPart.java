package org.haven.assistance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.assistance.CarePlanStanding;
import org.haven.assistance.CarePlans;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.ui.SupervisedCasePart;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.ui.UserLocale;

/**
 * The care plan of a case in the supervisors' list: each need with its goals and their
 * services, by status and dates, overdue services saying so in words. No description,
 * provider or outcome: {@link CarePlanStanding} carries none.
 */
@org.springframework.stereotype.Component
class CarePlanSupervisedPart implements SupervisedCasePart {

	private final CarePlans plans;

	private final ReferenceData reference;

	CarePlanSupervisedPart(CarePlans plans, ReferenceData reference) {
		this.plans = plans;
		this.reference = reference;
	}

	@Override
	public Component newPart(CaseOverview overview) {
		VerticalLayout part = new VerticalLayout();
		part.setPadding(false);
		part.setId("supervision-care-plan-" + overview.code().value());
		part.add(new H3(part.getTranslation("care.supervision.title")));
		CarePlanStanding standing = this.plans.standing(overview.code());
		if (standing.needs().isEmpty()) {
			part.add(new Paragraph(part.getTranslation("care.supervision.none")));
			return part;
		}
		UnorderedList needs = new UnorderedList();
		standing.needs().forEach(need -> needs.add(need(part, need)));
		part.add(needs);
		return part;
	}

	private ListItem need(Component translator, CarePlanStanding.Need need) {
		ListItem item = new ListItem(translator.getTranslation("code.need." + Labels.kebab(need.need())));
		if (need.goals().isEmpty()) {
			item.add(new Paragraph(translator.getTranslation("care.need.unplanned")));
			return item;
		}
		UnorderedList goals = new UnorderedList();
		need.goals().forEach(goal -> goals.add(goal(translator, goal)));
		item.add(goals);
		return item;
	}

	private ListItem goal(Component translator, CarePlanStanding.GoalStanding goal) {
		String standing = translator.getTranslation(Labels.keyOf(goal.status()))
				+ (goal.statusOn() == null ? "" : ", " + UserLocale.date(goal.statusOn()));
		ListItem item = new ListItem(translator.getTranslation("care.supervision.goal", standing,
				translator.getTranslation(goal.agreedWithPerson() ? "care.goal.agreed" : "care.goal.not-agreed")));
		if (!goal.services().isEmpty()) {
			UnorderedList services = new UnorderedList();
			goal.services().forEach(service -> services.add(new ListItem(service(translator, service))));
			item.add(services);
		}
		return item;
	}

	private String service(Component translator, CarePlanStanding.ServiceStanding service) {
		String text = translator.getTranslation("care.supervision.service",
				ServiceTypeLabels.of(this.reference, service.type()),
				translator.getTranslation(Labels.keyOf(service.status())),
				service.dueBy() == null ? "-" : UserLocale.date(service.dueBy()));
		if (service.deliveredOn() != null) {
			text = text + ", " + translator.getTranslation("care.supervision.delivered-on",
					UserLocale.date(service.deliveredOn()));
		}
		if (service.overdueOn(UserLocale.today())) {
			text = text + ", " + translator.getTranslation("care.service.overdue");
		}
		return text;
	}

	@Override
	public int getOrder() {
		return 100;
	}

}
