package org.haven.casefile.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.haven.casefile.IntakeStep;
import org.haven.ui.InputProblems;

/**
 * The intake's first step: what the person is told, and whether they agree that the
 * intake is recorded. A person who does not agree is offered the discarding of the draft,
 * which still asks to confirm.
 */
class IntakeConsent extends IntakePage {

	/** What the person said when asked whether the intake may be recorded. */
	enum Consent {

		NOT_ASKED, AGREES, DOES_NOT_AGREE

	}

	private final RadioButtonGroup<Consent> consent = new RadioButtonGroup<>();

	private final Div refused = new Div();

	/**
	 * @param discard what discards the draft once the caseworker confirmed it
	 */
	IntakeConsent(Runnable discard, Runnable changed) {
		super(IntakeStep.CONSENT);
		this.consent.setId("consent");
		this.consent.setLabel(getTranslation("intake.consent.label"));
		this.consent.setItems(Consent.values());
		this.consent.setItemLabelGenerator(this::label);
		this.consent.setValue(Consent.NOT_ASKED);
		Button discardRefused = new Button(getTranslation("intake.discard.confirm"));
		discardRefused.setId("discard-refused");
		discardRefused.addThemeVariants(ButtonVariant.ERROR);
		discardRefused.addClickListener(click -> IntakeView.confirmDiscard(this, discard));
		this.refused.setId("consent-refused");
		this.refused.addClassName("haven-intake-refused");
		this.refused.add(new Paragraph(getTranslation("intake.consent.refused")), discardRefused);
		this.refused.setVisible(false);
		this.consent.addValueChangeListener(event -> {
			this.refused.setVisible(event.getValue() == Consent.DOES_NOT_AGREE);
			changed.run();
		});
		add(new Paragraph(getTranslation("intake.consent.what")), new Paragraph(getTranslation("intake.consent.who")),
				new Paragraph(getTranslation("intake.consent.ask")), this.consent, this.refused);
	}

	/** The answer as the draft keeps it: not asked yet is {@code null}. */
	Boolean answer() {
		return switch (chosen()) {
			case NOT_ASKED -> null;
			case AGREES -> Boolean.TRUE;
			case DOES_NOT_AGREE -> Boolean.FALSE;
		};
	}

	void setAnswer(Boolean answer) {
		this.consent.setValue(answer == null ? Consent.NOT_ASKED : answer ? Consent.AGREES : Consent.DOES_NOT_AGREE);
		this.refused.setVisible(chosen() == Consent.DOES_NOT_AGREE);
	}

	/** The answer as the review shows it. */
	String chosenLabel() {
		return label(chosen());
	}

	/** Marks a problem with the answer on the field. */
	InputProblems problems() {
		return new InputProblems(this).field("consentToRecord", this.consent);
	}

	private Consent chosen() {
		return Objects.requireNonNullElse(this.consent.getValue(), Consent.NOT_ASKED);
	}

	private String label(Consent value) {
		return getTranslation("intake.consent." + CaseLabels.kebab(value.name()));
	}

}
