package org.haven.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.CaseOverview;
import org.haven.casefile.CaseSupervision;
import org.haven.organisation.Teams;
import org.haven.ui.InputProblems;

/**
 * Asks another team, of this office or another, to take a case; it moves when a
 * supervisor of that team accepts.
 */
class TransferDialog extends Dialog {

	final ComboBox<Teams.TeamName> team = new ComboBox<>();

	final Button request = new Button();

	TransferDialog(CaseSupervision supervision, CaseOverview overview, SupervisorCasesView view) {
		setId("transfer-form");
		setHeaderTitle(getTranslation("supervision.transfer.title", overview.code().value()));
		this.team.setLabel(getTranslation("supervision.transfer.team"));
		this.team.setId("transfer-team");
		this.team.setItems(supervision.transferTargets(overview.code()));
		this.team.setItemLabelGenerator(Teams.TeamName::fullName);
		this.team.setRequiredIndicatorVisible(true);
		add(new Paragraph(getTranslation("supervision.transfer.text", overview.teamName())), new FormLayout(this.team));
		InputProblems problems = new InputProblems(this).field("team", this.team);
		this.request.setText(getTranslation("supervision.transfer.request"));
		this.request.setId("transfer-request");
		this.request.addThemeVariants(ButtonVariant.PRIMARY);
		this.request.addClickListener(click -> view.decide(this, problems,
				() -> supervision.requestTransfer(overview.code(),
						this.team.getValue() == null ? null : this.team.getValue().id()),
				"supervision.transfer.requested"));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.request);
	}

}
