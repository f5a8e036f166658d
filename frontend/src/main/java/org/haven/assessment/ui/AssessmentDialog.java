package org.haven.assessment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assessment.Administration;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.NewAdministration;
import org.haven.assessment.Response;
import org.haven.assessment.RiskLevel;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.haven.shared.InvalidInputException;
import org.haven.ui.DatePickers;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * Records one administration of an instrument version: when in the case and the day, the
 * overall risk, and per domain a score (each with its definition), declined or not
 * assessed, with the reason, the previous answer beside it. Saved whole, or refused field
 * by field with what was typed kept.
 */
class AssessmentDialog extends Dialog {

	static final String DECLINED = Response.DECLINED.name();

	static final String NOT_ASSESSED = Response.NOT_ASSESSED.name();

	private final Select<AdministrationKind> kind = new Select<>();

	private final DatePicker administeredOn = new DatePicker();

	private final Select<RiskLevel> overallRisk = new Select<>();

	private final Map<String, Select<String>> answers = new LinkedHashMap<>();

	private final Map<String, TextArea> reasons = new LinkedHashMap<>();

	private final InputProblems problems = new InputProblems(this);

	private final Assessments assessments;

	private final CaseCode code;

	private final Instrument instrument;

	private final Runnable afterSave;

	AssessmentDialog(Assessments assessments, CaseCode code, Instrument instrument, Administration previous,
			Runnable afterSave) {
		this.assessments = assessments;
		this.code = code;
		this.instrument = instrument;
		this.afterSave = afterSave;
		setId("assessment-dialog");
		String language = UserLocale.current().getLanguage();
		setHeaderTitle(getTranslation("assessment.new") + " · " + instrument.label(language) + " "
				+ instrument.id().version());
		this.kind.setId("assessment-kind");
		this.kind.setLabel(getTranslation("assessment.field.kind"));
		this.kind.setItems(AdministrationKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.kind.setValue(previous == null ? AdministrationKind.BASELINE : AdministrationKind.REVIEW);
		DatePickers.inUserLanguage(this.administeredOn).setId("assessment-administered-on");
		this.administeredOn.setLabel(getTranslation("assessment.field.administered-on"));
		this.administeredOn.setValue(UserLocale.today());
		this.overallRisk.setId("assessment-overall-risk");
		this.overallRisk.setLabel(getTranslation("assessment.field.overall-risk"));
		this.overallRisk.setItems(RiskLevel.values());
		this.overallRisk.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
		this.problems.field("kind", this.kind)
			.field("administeredOn", this.administeredOn)
			.field("overallRisk", this.overallRisk)
			.field("instrument", this.kind);
		FormLayout form = new FormLayout(this.kind, this.administeredOn, this.overallRisk);
		add(form);
		for (Instrument.Item item : instrument.items()) {
			add(domain(item, language, previous));
		}
		Button save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-assessment");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private FormLayout domain(Instrument.Item item, String language, Administration previous) {
		Select<String> answer = new Select<>();
		answer.setId("answer-" + Labels.kebab(item.code()));
		answer.setLabel(item.label(language));
		answer.setItems(List.of("1", "2", "3", "4", DECLINED, NOT_ASSESSED));
		answer.setItemLabelGenerator(value -> switch (value) {
			case "1", "2", "3", "4" ->
				getTranslation("assessment.score", value, item.scoreDefinition(Integer.parseInt(value), language));
			default -> getTranslation(Labels.keyOf(Response.valueOf(value)));
		});
		Administration.Answered before = previous == null ? null : previous.answer(item.code()).orElse(null);
		answer.setHelperText(before == null ? getTranslation("assessment.previous.none")
				: getTranslation("assessment.previous", AssessmentLabels.answer(this, before)));
		TextArea reason = new TextArea(getTranslation("assessment.field.reason"));
		reason.setId("reason-" + Labels.kebab(item.code()));
		reason.setWidthFull();
		this.answers.put(item.code(), answer);
		this.reasons.put(item.code(), reason);
		this.problems.field("answer:" + item.code(), answer).field("reason:" + item.code(), reason);
		FormLayout layout = new FormLayout(answer, reason);
		layout.addClassName("haven-assessment-domain");
		layout.addComponentAsFirst(new H3(item.label(language)));
		layout.setColspan(layout.getComponentAt(0), 2);
		return layout;
	}

	private void save() {
		Map<String, ItemAnswer> given = new LinkedHashMap<>();
		this.answers.forEach((item, answer) -> {
			String reason = this.reasons.get(item).getValue();
			String value = answer.getValue();
			if (value == null) {
				return;
			}
			given.put(item, switch (value) {
				case "DECLINED" -> ItemAnswer.declined(reason);
				case "NOT_ASSESSED" -> ItemAnswer.notAssessed(reason);
				default -> ItemAnswer.scored(Integer.parseInt(value), reason);
			});
		});
		try {
			this.assessments.record(this.code, new NewAdministration(this.instrument.id(), this.kind.getValue(),
					this.administeredOn.getValue(), this.overallRisk.getValue(), given));
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused).forEach(Notifications::error);
			return;
		}
		Notifications.success(getTranslation("assessment.recorded"));
		close();
		this.afterSave.run();
	}

}
