package org.haven.assessment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.ItemAnswer;
import org.haven.assessment.Response;
import org.haven.assessment.RiskLevel;
import org.haven.assessment.ScreenRule;
import org.haven.assistance.AfterCareCheck;
import org.haven.casefile.CaseCode;
import org.haven.person.ui.Labels;

/**
 * Records a screen: each question answered yes, no or declined, and the risk level the
 * instrument's rule yields from the answers, shown as they are given. The caseworker's
 * own judgement may raise that level, never lower it.
 */
class ScreenDialog extends AdministrationDialog {

	private final Map<String, RadioButtonGroup<Response>> questions = new LinkedHashMap<>();

	private final Paragraph risk = new Paragraph();

	private final Instrument instrument;

	ScreenDialog(Assessments assessments, CaseCode code, Instrument instrument, boolean first,
			List<AfterCareCheck> afterCareChecks, Runnable afterSave) {
		super("screen", assessments, code, instrument, first, afterCareChecks, afterSave);
		this.instrument = instrument;
		this.overallRisk.setLabel(getTranslation("assessment.field.judged-risk"));
		this.overallRisk.addValueChangeListener(change -> showRisk());
		for (Instrument.Item item : instrument.items()) {
			RadioButtonGroup<Response> question = new RadioButtonGroup<>(item.label(language()));
			question.setId("screen-answer-" + Labels.kebab(item.code()));
			question.setItems(Response.YES, Response.NO, Response.DECLINED);
			question.setItemLabelGenerator(value -> getTranslation(Labels.keyOf(value)));
			question.addValueChangeListener(change -> showRisk());
			this.questions.put(item.code(), question);
			this.problems.field("answer:" + item.code(), question);
			add(question);
		}
		this.risk.setId("screen-risk");
		add(this.risk);
		showRisk();
	}

	/**
	 * The rule's level once every question is answered, raised by the judgement given.
	 */
	private void showRisk() {
		ScreenRule rule = this.instrument.rule();
		Map<String, Response> responses = new LinkedHashMap<>();
		this.questions.forEach((item, question) -> {
			if (question.getValue() != null) {
				responses.put(item, question.getValue());
			}
		});
		if (rule == null || responses.size() < this.questions.size()) {
			this.risk.setText(getTranslation("assessment.screen.risk.incomplete"));
			return;
		}
		RiskLevel level = rule.riskOf(responses);
		if (this.overallRisk.getValue() != null) {
			level = level.atLeast(this.overallRisk.getValue());
		}
		this.risk.setText(getTranslation("assessment.screen.risk", getTranslation(Labels.keyOf(level))));
	}

	@Override
	Map<String, ItemAnswer> answers() {
		Map<String, ItemAnswer> given = new LinkedHashMap<>();
		this.questions.forEach((item, question) -> {
			if (question.getValue() != null) {
				given.put(item, new ItemAnswer(question.getValue(), null, null));
			}
		});
		return given;
	}

	@Override
	String recordedKey() {
		return "assessment.screen.recorded";
	}

}
