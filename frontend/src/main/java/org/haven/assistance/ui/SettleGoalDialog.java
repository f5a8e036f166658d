package org.haven.assistance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.assistance.CarePlans;
import org.haven.assistance.Goal;
import org.haven.assistance.GoalStatus;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.ui.DatePickers;
import org.haven.ui.UserLocale;

/** How a goal went (met, partly met, not met, dropped) and on which day. */
class SettleGoalDialog extends CarePlanDialog {

	private final Select<GoalStatus> status = new Select<>();

	private final DatePicker on = new DatePicker();

	private final CarePlans plans;

	private final CaseCode code;

	private final Goal goal;

	SettleGoalDialog(CarePlans plans, CaseCode code, Goal goal, Runnable afterSave) {
		super("settle-goal-dialog", "save-goal-result", afterSave);
		setHeaderTitle(getTranslation("care.goal.settle.title"));
		this.plans = plans;
		this.code = code;
		this.goal = goal;
		this.status.setId("goal-status");
		this.status.setLabel(getTranslation("care.goal.field.status"));
		this.status.setItems(GoalStatus.values());
		this.status.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.status.setValue(goal.status());
		DatePickers.inUserLanguage(this.on).setId("goal-status-on");
		this.on.setLabel(getTranslation("care.goal.field.status-on"));
		this.on.setValue(goal.statusOn() == null ? UserLocale.today() : goal.statusOn());
		this.problems.field("status", this.status).field("statusOn", this.on);
		add(new FormLayout(this.status, this.on));
	}

	@Override
	protected String saveChange() {
		this.plans.settleGoal(this.code, this.goal.id(), this.goal.version(), this.status.getValue(),
				this.on.getValue());
		return "care.goal.settled";
	}

}
