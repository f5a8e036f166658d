package org.haven.assessment.ui;

import com.vaadin.flow.component.Component;
import org.haven.assessment.Administration;
import org.haven.assessment.Response;
import org.haven.person.ui.Labels;
import org.jspecify.annotations.Nullable;

/** How an answer reads: its score, or what it is instead of one. */
final class AssessmentLabels {

	private AssessmentLabels() {
	}

	static String answer(Component translator, Administration.@Nullable Answered answer) {
		if (answer == null) {
			return "";
		}
		return answer(translator, answer.response(), answer.score());
	}

	static String answer(Component translator, @Nullable Response response, @Nullable Integer score) {
		if (response == null) {
			return translator.getTranslation("assessment.previous.none");
		}
		return response == Response.SCORED && score != null ? String.valueOf(score)
				: translator.getTranslation(Labels.keyOf(response));
	}

}
