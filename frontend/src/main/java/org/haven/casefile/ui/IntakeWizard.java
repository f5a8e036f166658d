package org.haven.casefile.ui;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.DraftId;
import org.haven.casefile.DuplicateCheck;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.haven.person.ui.IdentityForm;
import org.haven.person.ui.ProfileForm;
import org.haven.reference.ReferenceData;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.ui.InputProblems;

/**
 * The intake of one draft, step by step at the person's pace: every step can be visited
 * in any order and every question left for later. Each change is saved at once; a change
 * made meanwhile in another tab stops the saving until the caseworker reloads, so nothing
 * is overwritten unseen. The identity typed leaves the page with the wizard.
 */
class IntakeWizard extends VerticalLayout {

	/** What the person said when asked whether the intake may be recorded. */
	enum Consent {

		NOT_ASKED, AGREES, DOES_NOT_AGREE

	}

	private static final Map<String, IntakeStep> STEP_OF_FIELD = stepsOfFields();

	private static final String DUPLICATES_REVIEW = "intake.duplicates.review";

	/** The questions the profile form asks. */
	private static final int PROFILE_QUESTIONS = 7;

	final Tabs steps = new Tabs();

	final Span savedStatus = new Span();

	final Div conflict = new Div();

	final Button reload = new Button();

	final Div problemSummary = new Div();

	final RadioButtonGroup<Consent> consent = new RadioButtonGroup<>();

	final Div consentRefused = new Div();

	final Button discardRefused = new Button();

	final IdentityForm identity = new IdentityForm();

	final Button checkDuplicates = new Button();

	final Div duplicates = new Div();

	final ProfileForm profile = new ProfileForm();

	final SituationForm situation;

	final NeedsForm needs = new NeedsForm();

	final NonPunishmentForm nonPunishment = new NonPunishmentForm();

	final Div review = new Div();

	final Button create = new Button();

	final Button back = new Button();

	final Button next = new Button();

	final Button saveAndLeave = new Button();

	private final transient IntakeService intake;

	private final transient Clock clock;

	private final Map<IntakeStep, Tab> tabs = new EnumMap<>(IntakeStep.class);

	private final Map<IntakeStep, Component> pages = new EnumMap<>(IntakeStep.class);

	private DraftId draft;

	private long version;

	private IntakeStep step = IntakeStep.CONSENT;

	/** Set while values are put into the fields, which must not save them back. */
	private boolean loading;

	private boolean conflicted;

	private boolean closed;

	private CaseCode samePersonAs;

	private boolean differentPerson;

	/** The last duplicate check, while the identity has not changed since. */
	private DuplicateCheck lastCheck;

	/** The identity as last saved, to fall back on for fields a save refuses. */
	private Identity lastSaved = Identity.empty();

	/** Whether the problems on show are those of a refused save, not of completion. */
	private boolean saveRefused;

	IntakeWizard(IntakeService intake, ReferenceData reference, Clock clock) {
		this.intake = intake;
		this.clock = clock;
		this.situation = new SituationForm(reference);
		setId("intake-wizard");
		setPadding(false);
		addClassName("haven-intake");

		Paragraph calm = new Paragraph(getTranslation("intake.wizard.calm"));
		calm.addClassName("haven-intake-calm");
		this.savedStatus.setId("intake-saved");
		this.savedStatus.addClassName("haven-intake-saved");
		HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("intake.wizard.title")),
				this.savedStatus);
		heading.setAlignItems(Alignment.BASELINE);

		for (IntakeStep each : IntakeStep.values()) {
			Tab tab = new Tab(CaseLabels.of(this, each));
			tab.setId("step-" + CaseLabels.kebab(each.name()));
			this.tabs.put(each, tab);
			this.steps.add(tab);
		}
		this.steps.setId("intake-steps");
		this.steps.addSelectedChangeListener(event -> {
			IntakeStep chosen = stepOf(event.getSelectedTab());
			if (chosen != this.step) {
				go(chosen);
			}
		});

		this.conflict.setId("intake-conflict");
		this.conflict.addClassName("haven-intake-conflict");
		this.reload.setText(getTranslation("intake.reload"));
		this.reload.setId("intake-reload");
		this.reload.addThemeVariants(ButtonVariant.PRIMARY);
		this.reload.addClickListener(click -> reload());
		this.conflict.add(new Paragraph(getTranslation("intake.conflict")), this.reload);
		this.conflict.setVisible(false);

		this.problemSummary.setId("intake-problems");
		this.problemSummary.addClassName("haven-intake-problems");
		this.problemSummary.setVisible(false);

		this.pages.put(IntakeStep.CONSENT, consentPage());
		this.pages.put(IntakeStep.IDENTITY, identityPage());
		this.pages.put(IntakeStep.PROFILE,
				page(IntakeStep.PROFILE, new Paragraph(getTranslation("intake.profile.intro")), this.profile));
		this.pages.put(IntakeStep.SITUATION,
				page(IntakeStep.SITUATION, new Paragraph(getTranslation("intake.situation.intro")), this.situation));
		this.pages.put(IntakeStep.NEEDS, needsPage());
		this.pages.put(IntakeStep.REVIEW, reviewPage());

		this.back.setText(getTranslation("intake.back"));
		this.back.setId("intake-back");
		this.back.addClickListener(click -> go(IntakeStep.values()[this.step.ordinal() - 1]));
		this.next.setText(getTranslation("intake.next"));
		this.next.setId("intake-next");
		this.next.addThemeVariants(ButtonVariant.PRIMARY);
		this.next.addClickListener(click -> go(IntakeStep.values()[this.step.ordinal() + 1]));
		this.saveAndLeave.setText(getTranslation("intake.save-and-leave"));
		this.saveAndLeave.setId("intake-save-and-leave");
		this.saveAndLeave.addThemeVariants(ButtonVariant.TERTIARY);
		this.saveAndLeave.addClickListener(click -> saveAndLeave());
		HorizontalLayout buttons = new HorizontalLayout(this.back, this.next, this.saveAndLeave);
		buttons.addClassName("haven-intake-buttons");

		add(heading, calm, this.steps, this.conflict, this.problemSummary);
		this.pages.values().forEach(this::add);
		add(buttons);

		this.identity.onDateOfBirthChange(this.profile::birthYearFrom);
		this.identity.onChange(() -> {
			outdateDuplicateCheck();
			changed();
		});
		this.profile.onChange(this::changed);
		this.situation.onChange(this::changed);
		this.needs.onChange(this::changed);
		this.nonPunishment.onChange(this::changed);
		this.consent.addValueChangeListener(event -> {
			this.consentRefused.setVisible(event.getValue() == Consent.DOES_NOT_AGREE);
			changed();
		});
		addDetachListener(detach -> close());
	}

	private Component consentPage() {
		this.consent.setId("consent");
		this.consent.setLabel(getTranslation("intake.consent.label"));
		this.consent.setItems(Consent.values());
		this.consent.setItemLabelGenerator(value -> getTranslation("intake.consent." + CaseLabels.kebab(value.name())));
		this.consent.setValue(Consent.NOT_ASKED);
		this.discardRefused.setText(getTranslation("intake.discard.confirm"));
		this.discardRefused.setId("discard-refused");
		this.discardRefused.addThemeVariants(ButtonVariant.ERROR);
		this.discardRefused.addClickListener(click -> IntakeView.confirmDiscard(this, () -> {
			DraftId id = this.draft;
			close();
			this.intake.discard(id);
			UI.getCurrent().navigate("intake");
		}));
		this.consentRefused.setId("consent-refused");
		this.consentRefused.addClassName("haven-intake-refused");
		this.consentRefused.add(new Paragraph(getTranslation("intake.consent.refused")), this.discardRefused);
		this.consentRefused.setVisible(false);
		return page(IntakeStep.CONSENT, new Paragraph(getTranslation("intake.consent.what")),
				new Paragraph(getTranslation("intake.consent.who")),
				new Paragraph(getTranslation("intake.consent.ask")), this.consent, this.consentRefused);
	}

	private Component identityPage() {
		this.checkDuplicates.setText(getTranslation("intake.duplicates.check"));
		this.checkDuplicates.setId("check-duplicates");
		this.checkDuplicates.addClickListener(click -> checkDuplicates());
		this.duplicates.setId("duplicates");
		this.duplicates.addClassName("haven-intake-duplicates");
		return page(IntakeStep.IDENTITY, new Paragraph(getTranslation("intake.identity.intro")), this.identity,
				this.checkDuplicates, this.duplicates);
	}

	private Component needsPage() {
		Paragraph explanation = new Paragraph(getTranslation("intake.non-punishment.explanation"));
		explanation.setId("non-punishment-explanation");
		return page(IntakeStep.NEEDS, new Paragraph(getTranslation("intake.needs.intro")), this.needs,
				new H3(getTranslation("intake.non-punishment.title")), explanation, this.nonPunishment);
	}

	private Component reviewPage() {
		this.review.setId("intake-review");
		this.review.addClassName("haven-intake-review");
		this.create.setText(getTranslation("intake.create"));
		this.create.setId("create-case");
		this.create.addThemeVariants(ButtonVariant.PRIMARY);
		this.create.addClickListener(click -> create());
		return page(IntakeStep.REVIEW, new Paragraph(getTranslation("intake.review.intro")), this.review, this.create);
	}

	private Div page(IntakeStep of, Component... content) {
		Div page = new Div(new H2(CaseLabels.of(this, of)));
		page.add(content);
		page.setId("intake-page-" + CaseLabels.kebab(of.name()));
		page.addClassName("haven-intake-page");
		return page;
	}

	/** Shows a draft as it was saved, at the step where it was left. */
	void load(IntakeDraft loaded) {
		this.loading = true;
		try {
			this.draft = loaded.id();
			this.version = loaded.version();
			IntakeAnswers answers = loaded.answers();
			this.consent.setValue(consentOf(answers.consentToRecord()));
			this.consentRefused.setVisible(this.consent.getValue() == Consent.DOES_NOT_AGREE);
			this.identity.setValue(loaded.identity());
			this.lastSaved = loaded.identity();
			this.lastCheck = null;
			this.profile.setValue(answers.profile());
			if (answers.profile().birthYear() == null) {
				this.profile.birthYearFrom(loaded.identity().dateOfBirth());
			}
			this.situation.setValue(answers.situation());
			this.needs.setValue(answers.needs());
			this.nonPunishment.setValue(answers.nonPunishment());
			this.conflicted = false;
			this.saveRefused = false;
			this.conflict.setVisible(false);
			saved(loaded.savedAt());
			go(loaded.step() == null ? IntakeStep.CONSENT : loaded.step());
		}
		finally {
			this.loading = false;
		}
	}

	/** Moves to a step; the step reached is saved with the draft. */
	void go(IntakeStep to) {
		this.step = to;
		this.pages.forEach((each, page) -> page.setVisible(each == to));
		this.steps.setSelectedTab(this.tabs.get(to));
		this.back.setEnabled(to != IntakeStep.CONSENT);
		this.next.setVisible(to != IntakeStep.REVIEW);
		if (to == IntakeStep.REVIEW) {
			summarise();
		}
		changed();
	}

	IntakeStep step() {
		return this.step;
	}

	/**
	 * Saves everything as it stands. A field the draft cannot take (too long) is marked
	 * and keeps what was typed on screen; everything else is saved without it, and the
	 * header says so until the field is corrected.
	 */
	private void changed() {
		if (this.loading || this.closed || this.conflicted || this.draft == null) {
			return;
		}
		Identity typed = this.identity.value();
		try {
			this.version = this.intake.save(this.draft, this.version, this.step, typed, answers());
			this.lastSaved = typed;
			saved(this.clock.instant());
			if (this.saveRefused) {
				this.saveRefused = false;
				clearProblems();
			}
		}
		catch (ConflictException changedElsewhere) {
			conflictedElsewhere();
		}
		catch (InvalidInputException refused) {
			saveAllBut(typed, refused);
		}
	}

	private void saveAllBut(Identity typed, InvalidInputException refused) {
		boolean newlyRefused = !this.saveRefused;
		this.saveRefused = true;
		showProblems(refused, "intake.problems.not-saved");
		Set<String> refusedFields = refused.problems()
			.stream()
			.filter(Problem::concernsField)
			.map(Problem::field)
			.collect(Collectors.toSet());
		Identity rest = typed.withFieldsFrom(this.lastSaved, refusedFields);
		try {
			this.version = this.intake.save(this.draft, this.version, this.step, rest, answers());
			this.lastSaved = rest;
			this.savedStatus.setText(getTranslation("intake.saved-except", time(this.clock.instant())));
		}
		catch (InvalidInputException stillRefused) {
			this.savedStatus.setText(getTranslation("intake.not-saved"));
		}
		catch (ConflictException changedElsewhere) {
			conflictedElsewhere();
			return;
		}
		if (newlyRefused) {
			error(getTranslation("intake.problems.not-saved"));
		}
	}

	private void conflictedElsewhere() {
		this.conflicted = true;
		this.conflict.setVisible(true);
		this.savedStatus.setText(getTranslation("intake.not-saved"));
		error(getTranslation("intake.conflict.short"));
	}

	private void saved(Instant at) {
		this.savedStatus.setText(getTranslation("intake.saved-at", time(at)));
	}

	private static String time(Instant at) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(CaseLabels.locale())
			.withZone(ZoneId.systemDefault())
			.format(at);
	}

	private void reload() {
		load(this.intake.open(this.draft));
		clearProblems();
		Notification.show(getTranslation("intake.reloaded")).addThemeVariants(NotificationVariant.SUCCESS);
	}

	private void saveAndLeave() {
		if (this.conflicted) {
			error(getTranslation("intake.conflict.short"));
			return;
		}
		changed();
		if (this.saveRefused) {
			error(getTranslation("intake.problems.not-saved"));
			return;
		}
		if (this.conflicted) {
			return;
		}
		close();
		Notification.show(getTranslation("intake.left")).addThemeVariants(NotificationVariant.SUCCESS);
		UI.getCurrent().navigate("intake");
	}

	IntakeAnswers answers() {
		return new IntakeAnswers(consentAnswer(), this.profile.value(), this.situation.value(), this.needs.value(),
				this.nonPunishment.value());
	}

	private Boolean consentAnswer() {
		return switch (Objects.requireNonNullElse(this.consent.getValue(), Consent.NOT_ASKED)) {
			case NOT_ASKED -> null;
			case AGREES -> Boolean.TRUE;
			case DOES_NOT_AGREE -> Boolean.FALSE;
		};
	}

	private static Consent consentOf(Boolean answer) {
		return answer == null ? Consent.NOT_ASKED : answer ? Consent.AGREES : Consent.DOES_NOT_AGREE;
	}

	private void checkDuplicates() {
		if (this.conflicted) {
			error(getTranslation("intake.conflict.short"));
			return;
		}
		this.identity.problems().clear();
		try {
			showDuplicates(this.intake.checkDuplicates(this.draft));
		}
		catch (InvalidInputException refused) {
			showProblems(refused, "intake.problems.title");
		}
	}

	private void showDuplicates(DuplicateCheck check) {
		this.lastCheck = check;
		this.duplicates.removeAll();
		this.samePersonAs = null;
		this.differentPerson = false;
		if (!check.anyMatch()) {
			this.duplicates.add(paragraph("duplicates-none", getTranslation("intake.duplicates.none")));
			return;
		}
		if (!check.yourCases().isEmpty()) {
			this.duplicates.add(new Paragraph(getTranslation("intake.duplicates.yours")));
			for (CaseCode code : check.yourCases()) {
				Anchor link = new Anchor("cases/" + code.value(), code.value());
				link.addClassName("haven-intake-duplicate-case");
				Button same = new Button(getTranslation("intake.duplicates.same-person"), click -> {
					this.samePersonAs = code;
					this.differentPerson = false;
					duplicateChoice(getTranslation("intake.duplicates.marked-same", code.value()));
					create();
				});
				same.addClassName("haven-intake-same-person");
				same.addThemeVariants(ButtonVariant.SMALL);
				HorizontalLayout row = new HorizontalLayout(link, same);
				row.setAlignItems(Alignment.BASELINE);
				this.duplicates.add(row);
			}
		}
		if (check.matchesElsewhere()) {
			this.duplicates.add(paragraph("duplicates-elsewhere", getTranslation("intake.duplicates.elsewhere")));
		}
		Button different = new Button(getTranslation("intake.duplicates.different"), click -> {
			this.samePersonAs = null;
			this.differentPerson = true;
			duplicateChoice(getTranslation("intake.duplicates.marked-different"));
		});
		different.setId("different-person");
		this.duplicates.add(different, paragraph("duplicates-choice", ""));
	}

	private void duplicateChoice(String text) {
		this.duplicates.getChildren()
			.filter(child -> child.getId().filter("duplicates-choice"::equals).isPresent())
			.forEach(child -> ((Paragraph) child).setText(text));
	}

	/** A check made before the identity changed says nothing of the identity now. */
	private void outdateDuplicateCheck() {
		if (this.loading || this.duplicates.getChildren().findAny().isEmpty()) {
			return;
		}
		this.samePersonAs = null;
		this.differentPerson = false;
		this.lastCheck = null;
		this.duplicates.removeAll();
		this.duplicates.add(paragraph("duplicates-outdated", getTranslation("intake.duplicates.outdated")));
	}

	private void create() {
		if (this.conflicted) {
			error(getTranslation("intake.conflict.short"));
			return;
		}
		changed();
		if (this.saveRefused) {
			error(getTranslation("intake.problems.not-saved"));
			return;
		}
		if (this.conflicted) {
			return;
		}
		clearProblems();
		DuplicateCheck check = null;
		if (this.samePersonAs == null && !this.differentPerson) {
			try {
				check = this.intake.checkDuplicates(this.draft);
				if (check.anyMatch()) {
					showDuplicates(check);
				}
			}
			catch (InvalidInputException identityRefused) {
				// completing reports the identity's problems together with the others
			}
		}
		boolean reviewed = this.differentPerson || (check != null && !check.anyMatch());
		try {
			CaseCode code = this.intake.complete(this.draft, this.version, this.samePersonAs, reviewed);
			close();
			Notification.show(getTranslation("intake.created", code.value()))
				.addThemeVariants(NotificationVariant.SUCCESS);
			UI.getCurrent().navigate("cases/" + code.value());
		}
		catch (InvalidInputException refused) {
			showProblems(refused, "intake.problems.title");
			error(getTranslation("intake.problems.notification"));
			if (refused.problems().stream().anyMatch(problem -> DUPLICATES_REVIEW.equals(problem.messageKey()))) {
				go(IntakeStep.IDENTITY);
			}
		}
		catch (ConflictException changedElsewhere) {
			conflictedElsewhere();
		}
	}

	/**
	 * Marks the fields, lists the steps that need another look with a way to each, and
	 * keeps everything typed.
	 */
	private void showProblems(InvalidInputException refused, String titleKey) {
		List<String> formMessages = allProblems().show(refused);
		Map<IntakeStep, Integer> counts = new EnumMap<>(IntakeStep.class);
		for (Problem problem : refused.problems()) {
			counts.merge(stepOf(problem), 1, Integer::sum);
		}
		this.tabs.forEach((each, tab) -> {
			boolean marked = counts.containsKey(each);
			tab.setLabel(marked ? getTranslation("intake.step.problems", CaseLabels.of(this, each))
					: CaseLabels.of(this, each));
			tab.getElement().getClassList().set("haven-intake-step-problem", marked);
		});
		this.problemSummary.removeAll();
		this.problemSummary.add(new Paragraph(getTranslation(titleKey)));
		counts.forEach((each, count) -> {
			Button jump = new Button(getTranslation("intake.problems.step", CaseLabels.of(this, each), count),
					click -> go(each));
			jump.setId("problems-" + CaseLabels.kebab(each.name()));
			jump.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
			this.problemSummary.add(jump);
		});
		formMessages.forEach(message -> this.problemSummary.add(new Paragraph(message)));
		this.problemSummary.setVisible(true);
	}

	private void clearProblems() {
		allProblems().clear();
		this.tabs.forEach((each, tab) -> {
			tab.setLabel(CaseLabels.of(this, each));
			tab.getElement().getClassList().remove("haven-intake-step-problem");
		});
		this.problemSummary.removeAll();
		this.problemSummary.setVisible(false);
	}

	private InputProblems allProblems() {
		return new InputProblems(this).field("consentToRecord", this.consent)
			.include(this.identity.problems())
			.include(this.profile.problems())
			.include(this.situation.problems())
			.include(this.needs.problems())
			.include(this.nonPunishment.problems());
	}

	private static IntakeStep stepOf(Problem problem) {
		if (!problem.concernsField()) {
			return DUPLICATES_REVIEW.equals(problem.messageKey())
					|| "intake.identity.too-long".equals(problem.messageKey()) ? IntakeStep.IDENTITY
							: IntakeStep.REVIEW;
		}
		return STEP_OF_FIELD.getOrDefault(problem.field(), IntakeStep.REVIEW);
	}

	/** Problems name the fields as the records do; each record belongs to one step. */
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

	private IntakeStep stepOf(Tab tab) {
		return this.tabs.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == tab)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(IntakeStep.CONSENT);
	}

	/**
	 * What has been answered, step by step; identity only as a count of fields filled.
	 */
	private void summarise() {
		this.review.removeAll();
		this.review.add(section(IntakeStep.CONSENT, line("intake.review.consent", getTranslation("intake.consent."
				+ CaseLabels.kebab(Objects.requireNonNullElse(this.consent.getValue(), Consent.NOT_ASKED).name())))));
		Identity typed = this.identity.value();
		this.review.add(section(IntakeStep.IDENTITY,
				line("intake.review.filled", filled(typed), Identity.FIELDS.size()), duplicatesLine()));
		Profile answered = this.profile.value();
		this.review
			.add(section(IntakeStep.PROFILE, line("intake.review.answered", answeredIn(answered), PROFILE_QUESTIONS)));
		Situation told = this.situation.value();
		this.review.add(section(IntakeStep.SITUATION, answer("case.acts", told.acts()),
				answer("case.means", told.means()), answer("case.exploitation-forms", told.exploitationForms()),
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
		this.review.add(section(IntakeStep.NEEDS, answer("case.immediate-needs", now.immediateNeeds()),
				pair("case.safety", CaseLabels.of(this, now.safety())),
				answer("case.compelled-offences", record.compelledOffences()),
				answer("case.proceedings", record.proceedings()), answer("case.legal-support", record.legalSupport()),
				pair("case.non-punishment-outcome", CaseLabels.of(this, record.outcome()))));
	}

	private Div section(IntakeStep of, Component... lines) {
		Button edit = new Button(CaseLabels.of(this, of), click -> go(of));
		edit.addThemeVariants(ButtonVariant.TERTIARY);
		edit.addClassName("haven-intake-review-step");
		Div section = new Div(edit);
		section.add(lines);
		section.setId("review-" + CaseLabels.kebab(of.name()));
		return section;
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
		return pair(labelKey, date == null ? getTranslation("case.answer.not-asked") : CaseLabels.date(date));
	}

	private Paragraph duplicatesLine() {
		if (this.samePersonAs != null) {
			return line("intake.duplicates.marked-same", this.samePersonAs.value());
		}
		if (this.differentPerson) {
			return line("intake.duplicates.marked-different");
		}
		if (this.lastCheck != null) {
			return line(this.lastCheck.anyMatch() ? "intake.review.duplicates.found" : "intake.review.duplicates.none");
		}
		return line("intake.review.duplicates");
	}

	private static long filled(Identity typed) {
		return Stream
			.of(typed.givenNames(), typed.familyNames(), typed.aliases(), typed.dateOfBirth(), typed.phoneNumbers(),
					typed.email(), typed.addresses(), typed.documentType(), typed.documentNumber(),
					typed.identifyingRemarks())
			.filter(IntakeWizard::present)
			.count();
	}

	private static long answeredIn(Profile answered) {
		return Stream
			.of(answered.gender(), answered.birthYear(), answered.nationality(), answered.languages(),
					answered.disability(), answered.migrationStatus(), answered.vulnerabilityFactors())
			.filter(IntakeWizard::present)
			.count();
	}

	private static boolean present(Object value) {
		return switch (value) {
			case null -> false;
			case String text -> !text.isBlank();
			case Collection<?> values -> !values.isEmpty();
			default -> true;
		};
	}

	private Paragraph paragraph(String id, String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.setId(id);
		return paragraph;
	}

	private static void error(String message) {
		Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
	}

	/**
	 * Stops saving and takes the identity typed out of the page, so that it stays in
	 * memory no longer than the screen is open.
	 */
	void close() {
		this.closed = true;
		this.loading = true;
		try {
			this.identity.clear();
			this.lastSaved = Identity.empty();
			this.duplicates.removeAll();
			this.review.removeAll();
		}
		finally {
			this.loading = false;
		}
	}

}
