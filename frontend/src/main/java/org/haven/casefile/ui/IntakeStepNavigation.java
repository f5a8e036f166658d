package org.haven.casefile.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import org.haven.casefile.IntakeStep;

/**
 * The intake's steps, to be visited in any order: a named navigation of buttons in
 * reading order. The current step is announced as such ({@code aria-current="step"}) and
 * shown by more than colour; a step whose answers need another look says so in its label.
 */
class IntakeStepNavigation extends Nav {

	private final Map<IntakeStep, Button> buttons = new EnumMap<>(IntakeStep.class);

	private Consumer<IntakeStep> choose = step -> {
	};

	IntakeStepNavigation() {
		setId("intake-steps");
		addClassName("haven-intake-steps");
		getElement().setAttribute("aria-label", getTranslation("intake.steps"));
		OrderedList list = new OrderedList();
		for (IntakeStep each : IntakeStep.values()) {
			Button button = new Button(CaseLabels.of(this, each), click -> this.choose.accept(each));
			button.setId("step-" + CaseLabels.kebab(each.name()));
			button.addThemeVariants(ButtonVariant.TERTIARY);
			this.buttons.put(each, button);
			list.add(new ListItem(button));
		}
		add(list);
	}

	/** What follows the caseworker choosing a step. */
	void onChoose(Consumer<IntakeStep> choose) {
		this.choose = choose;
	}

	void select(IntakeStep step) {
		this.buttons.forEach((each, button) -> {
			if (each == step) {
				button.getElement().setAttribute("aria-current", "step");
			}
			else {
				button.getElement().removeAttribute("aria-current");
			}
		});
	}

	/** Marks the steps that need another look, and only those. */
	void mark(Set<IntakeStep> needingAnotherLook) {
		this.buttons.forEach((each, button) -> {
			boolean marked = needingAnotherLook.contains(each);
			button.setText(marked ? getTranslation("intake.step.problems", CaseLabels.of(this, each))
					: CaseLabels.of(this, each));
			button.getElement().getClassList().set("haven-intake-step-problem", marked);
		});
	}

}
