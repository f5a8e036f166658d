package org.haven.casefile.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.haven.casefile.IntakeStep;

/**
 * The intake's steps as tabs, to be visited in any order; a step whose answers need
 * another look says so in its label.
 */
class IntakeStepTabs extends Tabs {

	private final Map<IntakeStep, Tab> tabs = new EnumMap<>(IntakeStep.class);

	IntakeStepTabs() {
		setId("intake-steps");
		for (IntakeStep each : IntakeStep.values()) {
			Tab tab = new Tab(CaseLabels.of(this, each));
			tab.setId("step-" + CaseLabels.kebab(each.name()));
			this.tabs.put(each, tab);
			add(tab);
		}
	}

	/** What follows the caseworker choosing a step. */
	void onChoose(Consumer<IntakeStep> choose) {
		addSelectedChangeListener(event -> choose.accept(stepOf(event.getSelectedTab())));
	}

	void select(IntakeStep step) {
		setSelectedTab(this.tabs.get(step));
	}

	/** Marks the steps that need another look, and only those. */
	void mark(Set<IntakeStep> needingAnotherLook) {
		this.tabs.forEach((each, tab) -> {
			boolean marked = needingAnotherLook.contains(each);
			tab.setLabel(marked ? getTranslation("intake.step.problems", CaseLabels.of(this, each))
					: CaseLabels.of(this, each));
			tab.getElement().getClassList().set("haven-intake-step-problem", marked);
		});
	}

	private IntakeStep stepOf(Tab tab) {
		return this.tabs.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == tab)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(IntakeStep.CONSENT);
	}

}
