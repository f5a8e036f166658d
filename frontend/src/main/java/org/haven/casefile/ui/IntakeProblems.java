package org.haven.casefile.ui;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.ui.InputProblems;

/**
 * What the intake refused, shown where the caseworker can act on it: the fields are
 * marked, the steps that need another look are marked and listed with a way to each, and
 * everything typed stays. Problems name the fields as the records do; each record belongs
 * to one step.
 */
class IntakeProblems extends Div {

	/** The problem that asks for the duplicate check to be reviewed first. */
	static final String DUPLICATES_REVIEW = "intake.duplicates.review";

	private static final Map<String, IntakeStep> STEP_OF_FIELD = stepsOfFields();

	private final IntakeStepNavigation steps;

	private final Supplier<InputProblems> fields;

	private final Consumer<IntakeStep> go;

	/**
	 * @param fields the problems of every field of the wizard
	 * @param go what takes the caseworker to a step
	 */
	IntakeProblems(IntakeStepNavigation steps, Supplier<InputProblems> fields, Consumer<IntakeStep> go) {
		this.steps = steps;
		this.fields = fields;
		this.go = go;
		setId("intake-problems");
		addClassName("haven-intake-problems");
		setVisible(false);
	}

	void show(InvalidInputException refused, String titleKey) {
		List<String> formMessages = this.fields.get().show(refused);
		Map<IntakeStep, Integer> counts = new EnumMap<>(IntakeStep.class);
		for (Problem problem : refused.problems()) {
			counts.merge(stepOf(problem), 1, Integer::sum);
		}
		this.steps.mark(counts.keySet());
		removeAll();
		add(new Paragraph(getTranslation(titleKey)));
		counts.forEach((each, count) -> {
			Button jump = new Button(getTranslation("intake.problems.step", CaseLabels.of(this, each), count),
					click -> this.go.accept(each));
			jump.setId("problems-" + CaseLabels.kebab(each.name()));
			jump.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
			add(jump);
		});
		formMessages.forEach(message -> add(new Paragraph(message)));
		setVisible(true);
	}

	void clear() {
		this.fields.get().clear();
		this.steps.mark(Set.of());
		removeAll();
		setVisible(false);
	}

	static boolean asksForDuplicatesReview(InvalidInputException refused) {
		return refused.problems().stream().anyMatch(problem -> DUPLICATES_REVIEW.equals(problem.messageKey()));
	}

	private static IntakeStep stepOf(Problem problem) {
		if (!problem.concernsField()) {
			return DUPLICATES_REVIEW.equals(problem.messageKey())
					|| "intake.identity.too-long".equals(problem.messageKey()) ? IntakeStep.IDENTITY
							: IntakeStep.REVIEW;
		}
		return STEP_OF_FIELD.getOrDefault(problem.field(), IntakeStep.REVIEW);
	}

	private static Map<String, IntakeStep> stepsOfFields() {
		Map<String, IntakeStep> steps = new HashMap<>();
		steps.put("consentToRecord", IntakeStep.CONSENT);
		fieldsOf(Identity.class).forEach(field -> steps.put(field, IntakeStep.IDENTITY));
		fieldsOf(Profile.class).forEach(field -> steps.put(field, IntakeStep.PROFILE));
		fieldsOf(Situation.class).forEach(field -> steps.put(field, IntakeStep.SITUATION));
		Stream.concat(fieldsOf(Needs.class), fieldsOf(NonPunishment.class))
			.forEach(field -> steps.put(field, IntakeStep.NEEDS));
		return Map.copyOf(steps);
	}

	private static Stream<String> fieldsOf(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName);
	}

}
