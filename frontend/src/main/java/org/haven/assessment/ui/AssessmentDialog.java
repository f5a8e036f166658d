package org.haven.assessment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.assessment.Administration;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.Response;
import org.haven.assistance.AfterCareCheck;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Records one administration of an instrument's domains: when in the case and the day,
 * the overall risk, and per domain a score (each with its definition), declined or not
 * assessed, with the reason, the previous answer beside it. Saved whole, or refused field
 * by field with what was typed kept.
 */
class AssessmentDialog extends AdministrationDialog {

	static final String DECLINED = Response.DECLINED.name();

	static final String NOT_ASSESSED = Response.NOT_ASSESSED.name();

	private final Map<String, Select<String>> answers = new LinkedHashMap<>();

	private final Map<String, TextArea> reasons = new LinkedHashMap<>();

	AssessmentDialog(Assessments assessments, CaseCode code, Instrument instrument, @Nullable Administration previous,
			List<AfterCareCheck> afterCareChecks, Runnable afterSave) {
		super("assessment", assessments, code, instrument, previous == null, afterCareChecks, afterSave);
		this.overallRisk.setLabel(getTranslation("assessment.field.overall-risk"));
		for (Instrument.Item item : instrument.items()) {
			add(domain(item, language(), previous));
		}
	}

	private FormLayout domain(Instrument.Item item, String language, @Nullable Administration previous) {
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

	@Override
	Map<String, ItemAnswer> answers() {
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
		return given;
	}

	@Override
	String recordedKey() {
		return "assessment.recorded";
	}

}
