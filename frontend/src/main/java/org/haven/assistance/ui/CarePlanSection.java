package org.haven.assistance.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.assistance.CarePlans;
import org.haven.assistance.Goal;
import org.haven.assistance.PlannedNeed;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.ui.CaseSection;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * The case's care plan, need by need: each need's goals with the services that answer
 * them and what came of them; a need with no goal says so. Loaded when the page opens (an
 * audited read) and emptied when it is left, since goals and outcomes may name the
 * person.
 */
class CarePlanSection extends CaseSection {

	private final CarePlans plans;

	private final ReferenceData reference;

	private final VerticalLayout needs = new VerticalLayout();

	private final Button addGoal = new Button();

	private CaseDetails shown;

	private List<PlannedNeed> plan = List.of();

	CarePlanSection(CarePlans plans, ReferenceData reference) {
		this.plans = plans;
		this.reference = reference;
		setId("care-plan-section");
		this.needs.setId("care-plan-needs");
		this.needs.setPadding(false);
		this.addGoal.setId("add-goal");
		this.addGoal.setText(getTranslation("care.goal.add"));
		this.addGoal.addClickListener(
				click -> new GoalDialog(this.plans, this.shown.code(), recordedNeeds(), this::load).open());
		add(new H2(getTranslation("care.title")), new Paragraph(getTranslation("care.intro")), this.needs,
				this.addGoal);
	}

	@Override
	protected void show(CaseDetails current) {
		this.shown = current;
		this.addGoal.setVisible(mayChange());
	}

	@Override
	protected void saved(CaseDetails current) {
		show(current);
		load();
	}

	@Override
	protected void opened(CaseDetails current) {
		this.shown = current;
		load();
	}

	@Override
	protected void leave() {
		this.needs.removeAll();
		this.plan = List.of();
		this.shown = null;
	}

	private boolean mayChange() {
		return this.shown != null && !this.shown.readOnly() && this.shown.status() != CaseStatus.CLOSED;
	}

	private List<String> recordedNeeds() {
		return this.plan.stream().filter(PlannedNeed::recorded).map(PlannedNeed::need).toList();
	}

	private void load() {
		if (this.shown == null) {
			return;
		}
		this.plan = this.plans.plan(this.shown.code());
		this.needs.removeAll();
		this.plan.forEach(need -> this.needs.add(need(need)));
		this.addGoal.setEnabled(!recordedNeeds().isEmpty());
	}

	private Div need(PlannedNeed need) {
		Div block = new Div();
		block.addClassName("haven-care-need");
		block.setId("need-" + Labels.kebab(need.need()));
		block.add(new H3(getTranslation("care.need", needLabel(need.need()))));
		if (need.unplanned()) {
			Paragraph unplanned = new Paragraph(getTranslation("care.need.unplanned"));
			unplanned.addClassName("haven-care-unplanned");
			block.add(unplanned);
		}
		need.goals().forEach(goal -> block.add(goal(goal)));
		return block;
	}

	private VerticalLayout goal(Goal goal) {
		VerticalLayout layout = new VerticalLayout();
		layout.setPadding(false);
		layout.setId("goal-" + goal.id());
		layout.addClassName("haven-care-goal");
		Paragraph what = new Paragraph(goal.description());
		what.addClassName("haven-care-goal-description");
		String standing = label(goal.status())
				+ (goal.statusOn() == null ? "" : ", " + UserLocale.date(goal.statusOn())) + " · "
				+ getTranslation(goal.agreedWithPerson() ? "care.goal.agreed" : "care.goal.not-agreed");
		layout.add(what, new Paragraph(standing));
		if (!goal.services().isEmpty()) {
			layout.add(services(goal));
		}
		if (mayChange()) {
			Button addService = new Button(getTranslation("care.service.add"),
					click -> new ServiceDialog(this.plans, this.reference, this.shown.code(), goal.id(), this::load)
						.open());
			addService.setId("add-service-" + goal.id());
			Button settle = new Button(getTranslation("care.goal.settle"),
					click -> new SettleGoalDialog(this.plans, this.shown.code(), goal, this::load).open());
			settle.setId("settle-goal-" + goal.id());
			layout.add(new HorizontalLayout(addService, settle));
		}
		return layout;
	}

	private Grid<PlannedService> services(Goal goal) {
		Grid<PlannedService> grid = new Grid<>();
		grid.setId("services-" + goal.id());
		grid.setAllRowsVisible(true);
		grid.addColumn(service -> serviceLabel(service.type()))
			.setHeader(getTranslation("care.service.column.service"))
			.setKey("service");
		grid.addColumn(service -> service.providedBy() == ProvidedBy.PARTNER && service.provider() != null
				? service.provider() : label(service.providedBy()))
			.setHeader(getTranslation("care.service.column.provider"))
			.setKey("provider");
		grid.addColumn(service -> UserLocale.date(service.dueBy())
				+ (service.overdueOn(UserLocale.today()) ? ", " + getTranslation("care.service.overdue") : ""))
			.setHeader(getTranslation("care.service.column.due-by"))
			.setKey("dueBy");
		grid.addColumn(service -> label(service.status())
				+ (service.deliveredOn() == null ? "" : ", " + UserLocale.date(service.deliveredOn())))
			.setHeader(getTranslation("care.service.column.status"))
			.setKey("status");
		grid.addColumn(service -> service.outcome() == null ? "" : service.outcome())
			.setHeader(getTranslation("care.service.column.outcome"))
			.setKey("outcome")
			.setFlexGrow(2);
		grid.addComponentColumn(service -> {
			if (!mayChange()) {
				return RowActions.of();
			}
			Button update = new Button(getTranslation("care.service.update"),
					click -> new ServiceUpdateDialog(this.plans, this.shown.code(), service,
							serviceLabel(service.type()), this::load)
						.open());
			update.setId("update-service-" + service.id());
			return RowActions.of(update);
		}).setHeader(getTranslation("care.service.column.actions")).setKey("actions").setAutoWidth(true);
		grid.setItems(goal.services());
		return grid;
	}

	String needLabel(String need) {
		return getTranslation("code.need." + Labels.kebab(need));
	}

	private String serviceLabel(String type) {
		return ServiceTypeLabels.of(this.reference, type);
	}

	private String label(Enum<?> value) {
		return getTranslation(Labels.keyOf(value));
	}

}
