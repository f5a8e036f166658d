package org.haven.casefile.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.casefile.CaseCode;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.person.Identity;
import org.haven.person.ui.IdentityForm;
import org.haven.person.ui.ProfileForm;
import org.haven.reference.ReferenceData;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;

/**
 * The intake of one draft, step by step at the person's pace: every step can be visited
 * in any order and every question left for later. The wizard composes the steps' pages
 * ({@link IntakeConsent}, the identity with its {@link DuplicateCheckPanel}, the profile,
 * the situation, the needs, {@link IntakeReview}), saves each change at once
 * ({@link IntakeAutosave}) and shows what was refused ({@link IntakeProblems}). The
 * identity typed leaves the page with the wizard.
 */
class IntakeWizard extends VerticalLayout implements IntakeAutosave.Typed {

	private final IntakeService intake;

	private final IntakeStepNavigation steps = new IntakeStepNavigation();

	private final IdentityForm identity = new IdentityForm();

	private final ProfileForm profile = new ProfileForm();

	private final SituationForm situation;

	private final NeedsForm needs = new NeedsForm();

	private final NonPunishmentForm nonPunishment = new NonPunishmentForm();

	private final IntakeConsent consent;

	private final IntakeProblems problems;

	private final IntakeAutosave autosave;

	private final DuplicateCheckPanel duplicates;

	private final IntakeReview review;

	private final IntakeTeamChoice team;

	private final Map<IntakeStep, Component> pages = new EnumMap<>(IntakeStep.class);

	private final Button back = new Button();

	private final Button next = new Button();

	private IntakeStep step = IntakeStep.CONSENT;

	IntakeWizard(IntakeService intake, ReferenceData reference, Clock clock) {
		this.intake = intake;
		this.situation = new SituationForm(reference);
		this.consent = new IntakeConsent(this::discard, this::changed);
		this.problems = new IntakeProblems(this.steps, this::allProblems, this::go);
		this.autosave = new IntakeAutosave(intake, clock, this, this.problems, this::reload);
		this.duplicates = new DuplicateCheckPanel(intake, this.autosave, this.identity, this.problems, this::create);
		this.team = new IntakeTeamChoice(intake.teams());
		this.review = new IntakeReview(this.consent, this.identity, this.duplicates, this.profile, this.situation,
				this.needs, this.nonPunishment, this.team, this::go, this::create);
		setId("intake-wizard");
		setPadding(false);
		addClassName("haven-intake");
		Paragraph calm = new Paragraph(getTranslation("intake.wizard.calm"));
		calm.addClassName("haven-intake-calm");
		HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("intake.wizard.title")),
				this.autosave.status());
		heading.setAlignItems(Alignment.BASELINE);
		this.steps.onChoose(chosen -> {
			if (chosen != this.step) {
				go(chosen);
			}
		});
		this.pages.put(IntakeStep.CONSENT, this.consent);
		this.pages.put(IntakeStep.IDENTITY, new IntakePage(IntakeStep.IDENTITY,
				new Paragraph(getTranslation("intake.identity.intro")), this.identity, this.duplicates));
		this.pages.put(IntakeStep.PROFILE, new IntakePage(IntakeStep.PROFILE,
				new Paragraph(getTranslation("intake.profile.intro")), this.profile));
		this.pages.put(IntakeStep.SITUATION, new IntakePage(IntakeStep.SITUATION,
				new Paragraph(getTranslation("intake.situation.intro")), this.situation));
		this.pages.put(IntakeStep.NEEDS, needsPage());
		this.pages.put(IntakeStep.REVIEW, this.review);
		add(heading, calm, this.steps, this.autosave.conflictNotice(), this.problems);
		this.pages.values().forEach(this::add);
		add(buttons());
		this.identity.onDateOfBirthChange(this.profile::birthYearFrom);
		this.identity.onChange(() -> {
			if (!this.autosave.loading()) {
				this.duplicates.outdate();
			}
			changed();
		});
		this.profile.onChange(this::changed);
		this.situation.onChange(this::changed);
		this.needs.onChange(this::changed);
		this.nonPunishment.onChange(this::changed);
		addDetachListener(detach -> close());
	}

	private Component needsPage() {
		Paragraph explanation = new Paragraph(getTranslation("intake.non-punishment.explanation"));
		explanation.setId("non-punishment-explanation");
		return new IntakePage(IntakeStep.NEEDS, new Paragraph(getTranslation("intake.needs.intro")), this.needs,
				new H3(getTranslation("intake.non-punishment.title")), explanation, this.nonPunishment);
	}

	private HorizontalLayout buttons() {
		this.back.setText(getTranslation("intake.back"));
		this.back.setId("intake-back");
		this.back.addClickListener(click -> go(IntakeStep.values()[this.step.ordinal() - 1]));
		this.next.setText(getTranslation("intake.next"));
		this.next.setId("intake-next");
		this.next.addThemeVariants(ButtonVariant.PRIMARY);
		this.next.addClickListener(click -> go(IntakeStep.values()[this.step.ordinal() + 1]));
		Button saveAndLeave = new Button(getTranslation("intake.save-and-leave"), click -> saveAndLeave());
		saveAndLeave.setId("intake-save-and-leave");
		saveAndLeave.addThemeVariants(ButtonVariant.TERTIARY);
		HorizontalLayout buttons = new HorizontalLayout(this.back, this.next, saveAndLeave);
		buttons.addClassName("haven-intake-buttons");
		return buttons;
	}

	/** Shows a draft as it was saved, at the step where it was left. */
	void load(IntakeDraft loaded) {
		this.autosave.load(loaded, () -> {
			IntakeAnswers answers = loaded.answers();
			this.consent.setAnswer(answers.consentToRecord());
			this.identity.setValue(loaded.identity());
			this.duplicates.forgetCheck();
			this.profile.setValue(answers.profile());
			if (answers.profile().birthYear() == null) {
				this.profile.birthYearFrom(loaded.identity().dateOfBirth());
			}
			this.situation.setValue(answers.situation());
			this.needs.setValue(answers.needs());
			this.nonPunishment.setValue(answers.nonPunishment());
			go(loaded.step() == null ? IntakeStep.CONSENT : loaded.step());
		});
	}

	/** Moves to a step; the step reached is saved with the draft. */
	void go(IntakeStep to) {
		this.step = to;
		this.pages.forEach((each, page) -> page.setVisible(each == to));
		this.steps.select(to);
		this.back.setEnabled(to != IntakeStep.CONSENT);
		this.next.setVisible(to != IntakeStep.REVIEW);
		if (to == IntakeStep.REVIEW) {
			this.review.summarise();
		}
		changed();
	}

	@Override
	public IntakeStep step() {
		return this.step;
	}

	@Override
	public Identity identity() {
		return this.identity.value();
	}

	@Override
	public IntakeAnswers answers() {
		return new IntakeAnswers(this.consent.answer(), this.profile.value(), this.situation.value(),
				this.needs.value(), this.nonPunishment.value());
	}

	private void changed() {
		this.autosave.save();
	}

	private void reload() {
		load(this.intake.open(this.autosave.draft()));
		this.problems.clear();
		Notifications.success(getTranslation("intake.reloaded"));
	}

	private void saveAndLeave() {
		if (!this.autosave.savedBeforeLeaving()) {
			return;
		}
		close();
		Notifications.success(getTranslation("intake.left"));
		CaseNavigation.toIntakes();
	}

	private void discard() {
		DraftId id = this.autosave.draft();
		close();
		this.intake.discard(id);
		CaseNavigation.toIntakes();
	}

	private void create() {
		if (!this.autosave.savedBeforeLeaving()) {
			return;
		}
		this.problems.clear();
		boolean reviewed = this.duplicates.reviewedBeforeCompletion();
		try {
			CaseCode code = this.intake.complete(this.autosave.draft(), this.autosave.version(), this.team.chosen(),
					this.duplicates.samePersonAs(), reviewed);
			close();
			Notifications.success(getTranslation("intake.created", code.value()));
			CaseNavigation.toCase(code);
		}
		catch (InvalidInputException refused) {
			this.problems.show(refused, "intake.problems.title");
			Notifications.error(getTranslation("intake.problems.notification"));
			if (IntakeProblems.asksForDuplicatesReview(refused)) {
				go(IntakeStep.IDENTITY);
			}
		}
		catch (ConflictException changedElsewhere) {
			this.autosave.conflictedElsewhere();
		}
	}

	private InputProblems allProblems() {
		return this.consent.problems()
			.include(this.identity.problems())
			.include(this.profile.problems())
			.include(this.situation.problems())
			.include(this.needs.problems())
			.include(this.nonPunishment.problems())
			.include(this.team.problems());
	}

	/**
	 * Stops saving and takes the identity typed out of the page, so that it stays in
	 * memory no longer than the screen is open.
	 */
	void close() {
		this.autosave.close(() -> {
			this.identity.clear();
			this.duplicates.clear();
			this.review.clear();
		});
	}

}
