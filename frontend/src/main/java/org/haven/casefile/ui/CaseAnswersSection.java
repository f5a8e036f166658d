package org.haven.casefile.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.reference.ReferenceData;

/**
 * What the person told of their situation, what they need, and their non-punishment
 * record, each saved on its own. A closed case shows them read only; a break-glass case
 * offers no save.
 */
class CaseAnswersSection extends CaseSection {

	private final SituationForm situation;

	private final Button saveSituation = saveButton("save-situation");

	private final NeedsForm needs = new NeedsForm();

	private final Button saveNeeds = saveButton("save-needs");

	private final NonPunishmentForm nonPunishment = new NonPunishmentForm();

	private final Button saveNonPunishment = saveButton("save-non-punishment");

	CaseAnswersSection(CaseService service, CaseEditing editing, ReferenceData reference) {
		this.situation = new SituationForm(reference);
		this.saveSituation.addClickListener(click -> editing.save(this.situation.problems(), CaseDetails.Part.SITUATION,
				latest -> service.changeSituation(latest.code(), latest.version(), this.situation.value())));
		this.saveNeeds.addClickListener(click -> editing.save(this.needs.problems(), CaseDetails.Part.NEEDS,
				latest -> service.changeNeeds(latest.code(), latest.version(), this.needs.value())));
		this.saveNonPunishment.addClickListener(click -> editing.save(this.nonPunishment.problems(),
				CaseDetails.Part.NON_PUNISHMENT,
				latest -> service.changeNonPunishment(latest.code(), latest.version(), this.nonPunishment.value())));
		add(part("case.situation", this.situation, this.saveSituation), part("case.needs", this.needs, this.saveNeeds),
				part("case.non-punishment", new Paragraph(getTranslation("case.non-punishment.explained")),
						this.nonPunishment, this.saveNonPunishment));
	}

	@Override
	protected void show(CaseDetails current) {
		this.situation.setValue(current.situation());
		this.needs.setValue(current.needs());
		this.nonPunishment.setValue(current.nonPunishment());
		saved(current);
	}

	@Override
	protected void saved(CaseDetails current) {
		boolean closed = current.status() == CaseStatus.CLOSED;
		this.situation.setReadOnly(closed || current.readOnly());
		this.needs.setReadOnly(closed || current.readOnly());
		this.nonPunishment.setReadOnly(closed || current.readOnly());
		List.of(this.saveSituation, this.saveNeeds, this.saveNonPunishment).forEach(button -> {
			button.setEnabled(!closed);
			button.setVisible(!current.readOnly());
		});
	}

	private Button saveButton(String id) {
		Button save = new Button(getTranslation("case.save"));
		save.setId(id);
		return save;
	}

	private Details part(String titleKey, Component... content) {
		Details part = new Details(getTranslation(titleKey), new VerticalLayout(content));
		part.setOpened(true);
		part.setWidthFull();
		return part;
	}

}
