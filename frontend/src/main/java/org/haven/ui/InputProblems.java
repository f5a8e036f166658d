package org.haven.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * Shows what a service refused next to the fields it concerns, in the user's language.
 * The fields keep what the user typed, so nothing is lost.
 */
public final class InputProblems {

	private final Component translator;

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	public InputProblems(Component translator) {
		this.translator = translator;
	}

	public InputProblems field(String name, HasValidation field) {
		this.fields.put(name, field);
		return this;
	}

	/**
	 * Adds the fields of another form, so that one form's problems and another's show
	 * together.
	 */
	public InputProblems include(InputProblems other) {
		this.fields.putAll(other.fields);
		return this;
	}

	public void clear() {
		this.fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
	}

	/**
	 * Marks each field named by a problem; returns the translated messages of problems
	 * that concern the form as a whole or a field this form does not show.
	 */
	public List<String> show(InvalidInputException refused) {
		clear();
		List<String> formMessages = new ArrayList<>();
		for (Problem problem : refused.problems()) {
			String message = translate(problem);
			HasValidation field = problem.concernsField() ? this.fields.get(problem.field()) : null;
			if (field == null) {
				formMessages.add(message);
			}
			else {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
		}
		return formMessages;
	}

	public String translate(Problem problem) {
		return this.translator.getTranslation(problem.messageKey(),
				problem.arguments()
					.stream()
					.map(argument -> argument instanceof LocalDate day ? UserLocale.date(day) : argument)
					.toArray());
	}

}
