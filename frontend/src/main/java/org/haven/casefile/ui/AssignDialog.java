package org.haven.casefile.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.haven.access.StaffMember;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Caseworker;
import org.haven.ui.InputProblems;

/**
 * Chooses a case's primary caseworker and any secondaries among the active caseworkers
 * who are members of the case's team.
 */
class AssignDialog extends Dialog {

	final ComboBox<StaffMember> primary = new ComboBox<>();

	final MultiSelectComboBox<StaffMember> secondaries = new MultiSelectComboBox<>();

	final Button save = new Button();

	AssignDialog(CaseSupervision supervision, CaseOverview overview, SupervisorCasesView view) {
		setId("assign-form");
		setHeaderTitle(getTranslation("supervision.assign.title", overview.code().value()));
		List<StaffMember> caseworkers = supervision.caseworkersFor(overview.code());
		this.primary.setLabel(getTranslation("supervision.assign.primary"));
		this.primary.setItems(caseworkers);
		this.primary.setItemLabelGenerator(AssignDialog::label);
		this.primary.setRequiredIndicatorVisible(true);
		this.secondaries.setLabel(getTranslation("supervision.assign.secondaries"));
		this.secondaries.setItems(caseworkers);
		this.secondaries.setItemLabelGenerator(AssignDialog::label);
		Set<UUID> others = overview.caseworkers()
			.stream()
			.filter(caseworker -> !caseworker.primary())
			.map(Caseworker::accountId)
			.collect(Collectors.toSet());
		overview.caseworkers()
			.stream()
			.filter(Caseworker::primary)
			.findFirst()
			.flatMap(current -> caseworkers.stream()
				.filter(member -> member.id().equals(current.accountId()))
				.findFirst())
			.ifPresent(this.primary::setValue);
		this.secondaries
			.setValue(caseworkers.stream().filter(member -> others.contains(member.id())).collect(Collectors.toSet()));
		this.primary.addValueChangeListener(change -> {
			if (change.getValue() != null && this.secondaries.getValue().contains(change.getValue())) {
				this.secondaries.deselect(change.getValue());
			}
		});
		add(new FormLayout(this.primary, this.secondaries));

		InputProblems problems = new InputProblems(this).field("primary", this.primary)
			.field("secondaries", this.secondaries);
		this.save.setText(getTranslation("action.save"));
		this.save.setId("assign-save");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickListener(click -> view.decide(this, problems,
				() -> supervision.assign(overview.code(), overview.version(),
						this.primary.getValue() == null ? null : this.primary.getValue().id(),
						this.secondaries.getValue().stream().map(StaffMember::id).collect(Collectors.toSet())),
				"supervision.assigned"));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	/**
	 * A caseworker as the lists show them: the name, and the username when they differ.
	 */
	static String label(StaffMember member) {
		String shown = member.shownName();
		return shown.equals(member.username()) ? shown : shown + " (" + member.username() + ")";
	}

}
