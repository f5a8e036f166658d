package org.haven.casefile.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.Answer;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.person.ui.IdentityForm;
import org.haven.person.ui.ProfileForm;
import org.haven.shared.Filled;
import org.haven.ui.UserLocale;

/**
 * The last step: what has been answered, step by step, with a way back to each, the team
 * the case will belong to ({@link IntakeTeamChoice}), and the button that creates the
 * case. The identity shows only as a count of fields filled, so that the review never
 * puts it on screen a second time.
 */
class IntakeReview extends IntakePage {

	/** The questions the profile form asks. */
	private static final int PROFILE_QUESTIONS = 7;

	private final Div review = new Div();

	private final IntakeConsent consent;

	private final IdentityForm identity;

	private final DuplicateCheckPanel duplicates;

	private final ProfileForm profile;

	private final SituationForm situation;

	private final NeedsForm needs;

	private final NonPunishmentForm nonPunishment;

	private final Consumer<IntakeStep> go;

	/**
	 * @param team the choice of the case's team
	 * @param go what takes the caseworker back to a step
	 * @param create what creates the case
	 */
	IntakeReview(IntakeConsent consent, IdentityForm identity, DuplicateCheckPanel duplicates, ProfileForm profile,
			SituationForm situation, NeedsForm needs, NonPunishmentForm nonPunishment, IntakeTeamChoice team,
			Consumer<IntakeStep> go, Runnable create) {
		super(IntakeStep.REVIEW);
		this.consent = consent;
		this.identity = identity;
		this.duplicates = duplicates;
		this.profile = profile;
		this.situation = situation;
		this.needs = needs;
		this.nonPunishment = nonPunishment;
		this.go = go;
		this.review.setId("intake-review");
		this.review.addClassName("haven-intake-review");
		Button createCase = new Button(getTranslation("intake.create"), click -> create.run());
		createCase.setId("create-case");
		createCase.addThemeVariants(ButtonVariant.PRIMARY);
		add(new Paragraph(getTranslation("intake.review.intro")), this.review, team, createCase);
	}

	void summarise() {
		this.review.removeAll();
		this.review.add(part(IntakeStep.CONSENT, line("intake.review.consent", this.consent.chosenLabel())));
		Identity typed = this.identity.value();
		this.review.add(part(IntakeStep.IDENTITY,
				line("intake.review.filled", typed.filledFields().size(), Identity.FIELDS.size()),
				this.duplicates.reviewLine()));
		this.review.add(part(IntakeStep.PROFILE,
				line("intake.review.answered", answered(this.profile.value()), PROFILE_QUESTIONS)));
		Situation told = this.situation.value();
		this.review.add(part(IntakeStep.SITUATION, answer("case.acts", told.acts()), answer("case.means", told.means()),
				answer("case.exploitation-forms", told.exploitationForms()),
				answer("case.control-means", told.controlMeans()),
				answer("case.recruitment-channels", told.recruitmentChannels()), answer("case.sectors", told.sectors()),
				answer("case.countries-of-origin", told.countriesOfOrigin()),
				answer("case.countries-of-transit", told.countriesOfTransit()),
				answer("case.countries-of-exploitation", told.countriesOfExploitation()),
				date("case.exploitation-from", told.exploitationFrom()),
				date("case.exploitation-to", told.exploitationTo()),
				answer("case.officials-involved", told.officialsInvolved())));
		Needs now = this.needs.value();
		NonPunishment record = this.nonPunishment.value();
		this.review.add(part(IntakeStep.NEEDS, answer("case.immediate-needs", now.immediateNeeds()),
				pair("case.safety", CaseLabels.of(this, now.safety())),
				answer("case.compelled-offences", record.compelledOffences()),
				answer("case.proceedings", record.proceedings()), answer("case.legal-support", record.legalSupport()),
				pair("case.non-punishment-outcome", CaseLabels.of(this, record.outcome()))));
	}

	void clear() {
		this.review.removeAll();
	}

	private Div part(IntakeStep of, Component... lines) {
		Button edit = new Button(CaseLabels.of(this, of), click -> this.go.accept(of));
		edit.addThemeVariants(ButtonVariant.TERTIARY);
		edit.addClassName("haven-intake-review-step");
		Div part = new Div(edit);
		part.add(lines);
		part.setId("review-" + CaseLabels.kebab(of.name()));
		return part;
	}

	private Paragraph line(String key, Object... arguments) {
		return new Paragraph(getTranslation(key, arguments));
	}

	private Paragraph pair(String labelKey, String value) {
		return line("intake.review.line", getTranslation(labelKey), value);
	}

	private Paragraph answer(String labelKey, Answer answer) {
		String state = CaseLabels.state(this, answer.state());
		return pair(labelKey, answer.state() == Answer.State.ANSWERED
				? getTranslation("intake.review.chosen", state, answer.codes().size()) : state);
	}

	private Paragraph date(String labelKey, LocalDate date) {
		return pair(labelKey, date == null ? getTranslation("case.answer.not-asked") : UserLocale.date(date));
	}

	private static long answered(Profile answered) {
		return Stream
			.of(answered.gender(), answered.birthYear(), answered.nationality(), answered.languages(),
					answered.disability(), answered.migrationStatus(), answered.vulnerabilityFactors())
			.filter(Filled::holdsSomething)
			.count();
	}

}
