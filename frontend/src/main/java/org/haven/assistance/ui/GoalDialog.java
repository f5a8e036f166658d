package org.haven.assistance.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assistance.CarePlans;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;

/** A goal for one of the case's needs, and whether the person took part in setting it. */
class GoalDialog extends CarePlanDialog {

	private final Select<String> need = new Select<>();

	private final TextArea description = new TextArea();

	private final Checkbox agreed = new Checkbox();

	private final CarePlans plans;

	private final CaseCode code;

	GoalDialog(CarePlans plans, CaseCode code, List<String> needs, Runnable afterSave) {
		super("goal-dialog", "save-goal", afterSave);
		setHeaderTitle(getTranslation("care.goal.new"));
		this.plans = plans;
		this.code = code;
		this.need.setId("goal-need");
		this.need.setLabel(getTranslation("care.goal.field.need"));
		this.need.setItems(needs);
		this.need.setItemLabelGenerator(value -> getTranslation("code.need." + Labels.kebab(value)));
		if (needs.size() == 1) {
			this.need.setValue(needs.getFirst());
		}
		this.description.setId("goal-description");
		this.description.setLabel(getTranslation("care.goal.field.description"));
		this.description.setWidthFull();
		this.agreed.setId("goal-agreed");
		this.agreed.setLabel(getTranslation("care.goal.field.agreed"));
		this.problems.field("need", this.need).field("description", this.description);
		FormLayout form = new FormLayout(this.need, this.description, this.agreed);
		form.setColspan(this.description, 2);
		add(form);
	}

	@Override
	protected String saveChange() {
		this.plans.addGoal(this.code, this.need.getValue(), this.description.getValue(), this.agreed.getValue());
		return "care.goal.added";
	}

}
