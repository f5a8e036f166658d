package org.haven.casefile.ui;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.DemoAccounts;
import org.haven.TestAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.DraftId;
import org.haven.casefile.DraftSummary;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.organisation.TeamFixtures;
import org.haven.organisation.Teams;
import org.haven.person.Gender;
import org.haven.person.TestIdentities;
import org.haven.ui.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

class IntakeViewTests extends ViewTest {

	private static final SecureRandom random = new SecureRandom();

	@Autowired
	IntakeService intake;

	@Autowired
	CaseService caseService;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	TeamFixtures teams;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserAccountService userAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signInAsCaseworker() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
	}

	@Test
	void what_the_caseworker_types_is_saved_as_they_go_and_a_reopened_draft_shows_all_of_it() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();

		test(byId(Button.class, "intake-next")).click();
		assertThat(wizard.step()).isEqualTo(IntakeStep.IDENTITY);
		TextField givenNames = field(TextField.class, "given-names");
		test(givenNames).setValue("Amina");
		test(field(DatePicker.class, "date-of-birth")).setValue(LocalDate.of(1999, 4, 2));
		test(byId(Button.class, "intake-next")).click();
		test(select("gender")).selectItem("Declined to answer");

		IntakeDraft saved = this.intake.open(draft);
		assertThat(saved.identity().givenNames()).isEqualTo("Amina");
		assertThat(saved.identity().dateOfBirth()).isEqualTo(LocalDate.of(1999, 4, 2));
		assertThat(saved.answers().profile().gender()).isEqualTo(Gender.DECLINED);
		assertThat(saved.step()).isEqualTo(IntakeStep.PROFILE);
		assertThat(byId(Span.class, "intake-saved").getText()).startsWith("Saved at ");

		test(byId(Button.class, "intake-save-and-leave")).click();
		assertThat(location()).isEqualTo("intake");
		assertThat(givenNames.getValue()).as("the identity left the page with the wizard").isEmpty();
		IntakeView list = (IntakeView) getCurrentView();
		assertThat(list.drafts.getElement().getTextRecursively()).doesNotContain("Amina")
			.contains("Stopped at: Profile");

		test(continueButtons().getFirst()).click();
		IntakeWizard reopened = ((IntakeView) getCurrentView()).wizard();
		assertThat(location()).isEqualTo("intake/" + draft.value());
		assertThat(reopened.step()).isEqualTo(IntakeStep.PROFILE);
		assertThat(select("gender").getValue()).isEqualTo(Gender.DECLINED);
		test(byId(Button.class, "intake-back")).click();
		assertThat(field(TextField.class, "given-names").getValue()).isEqualTo("Amina");
		assertThat(field(DatePicker.class, "date-of-birth").getValue()).isEqualTo(LocalDate.of(1999, 4, 2));
	}

	@Test
	void the_steps_are_a_named_navigation_that_announces_the_current_step() {
		IntakeWizard wizard = startIntake();
		assertThat(byId(IntakeStepNavigation.class, "intake-steps").getElement().getAttribute("aria-label"))
			.isEqualTo("Intake steps");
		assertThat(byId(Button.class, "step-consent").getElement().getAttribute("aria-current")).isEqualTo("step");

		test(byId(Button.class, "step-situation")).click();

		assertThat(wizard.step()).isEqualTo(IntakeStep.SITUATION);
		assertThat(byId(Button.class, "step-situation").getElement().getAttribute("aria-current")).isEqualTo("step");
		assertThat(byId(Button.class, "step-consent").getElement().hasAttribute("aria-current")).isFalse();
	}

	@Test
	void declined_and_unknown_stay_declined_and_unknown_after_a_reload_and_on_the_case_created() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		test(byId(RadioButtonGroup.class, "consent")).selectItem("The person agrees");
		test(byId(Button.class, "step-situation")).click();
		test(state("acts")).selectItem("Declined to answer");
		test(state("means")).selectItem("Unknown");

		open("intake");
		IntakeWizard reopened = ((IntakeView) open("intake/" + draft.value())).wizard();
		assertThat(reopened.step()).isEqualTo(IntakeStep.SITUATION);
		assertThat(state("acts").getValue()).isEqualTo(Answer.State.DECLINED);
		assertThat(state("means").getValue()).isEqualTo(Answer.State.UNKNOWN);
		assertThat(state("sectors").getValue()).isEqualTo(Answer.State.NOT_ASKED);

		test(byId(Button.class, "step-review")).click();
		assertThat(byId(Div.class, "intake-review").getElement().getTextRecursively()).contains("Declined to answer",
				"Unknown");
		test(byId(Button.class, "create-case")).click();

		CaseCode created = createdCase();
		CaseDetails details = this.caseService.open(created);
		assertThat(details.situation().acts()).isEqualTo(Answer.declined());
		assertThat(details.situation().means()).isEqualTo(Answer.unknown());
		assertThat(details.situation().sectors()).isEqualTo(Answer.NOT_ASKED);
		assertThat(details.consentToRecord()).isTrue();
		assertThat(this.intake.mine()).extracting(DraftSummary::id).doesNotContain(draft);
	}

	@Test
	void creating_the_case_without_consent_shows_the_consent_error_and_keeps_everything_typed() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		test(byId(Button.class, "step-identity")).click();
		test(field(TextField.class, "given-names")).setValue("Halima");
		test(byId(Button.class, "step-situation")).click();
		test(state("acts")).selectItem("Declined to answer");
		test(byId(Button.class, "step-review")).click();

		test(byId(Button.class, "create-case")).click();

		assertThat(location()).isEqualTo("intake/" + draft.value());
		assertThat(byId(RadioButtonGroup.class, "consent").isInvalid()).isTrue();
		assertThat(byId(RadioButtonGroup.class, "consent").getErrorMessage())
			.isEqualTo("The person's consent to record is needed before the case can be created");
		assertThat(byId(Button.class, "step-consent").getText()).isEqualTo("Consent (needs another look)");
		assertThat(byId(Button.class, "step-identity").getText()).isEqualTo("Identity");
		assertThat(this.intake.open(draft).identity().givenNames()).isEqualTo("Halima");
		test(byId(Button.class, "step-identity")).click();
		assertThat(field(TextField.class, "given-names").getValue()).isEqualTo("Halima");
		test(byId(Button.class, "step-situation")).click();
		assertThat(state("acts").getValue()).isEqualTo(Answer.State.DECLINED);

		test(find(Button.class).withId("problems-consent").single()).click();
		assertThat(wizard.step()).isEqualTo(IntakeStep.CONSENT);
	}

	@Test
	void the_duplicate_check_shows_the_caseworkers_own_case_and_of_the_others_only_that_there_is_one() {
		Person known = new Person();
		CaseCode mine = known.takenInByCarol();
		CaseCode theirs = this.fixtures.takenInBy(DemoAccounts.SECOND_CASEWORKER,
				TestIdentities.identity(name(), name(), null, known.phone, null));
		IntakeWizard wizard = startIntake();
		known.typeInto(wizard);

		test(byId(Button.class, "check-duplicates")).click();

		assertThat(find(Anchor.class).all()).extracting(Anchor::getText).containsExactly(mine.value());
		assertThat(find(Anchor.class).single().getHref()).isEqualTo("cases/" + mine.value());
		assertThat(text("duplicates-elsewhere")).startsWith("This person may already be known to Haven, in a case not")
			.contains("your supervisors have been told");
		assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(theirs.value());
	}

	@Test
	void a_caseworker_who_confirms_a_different_person_creates_a_case_for_a_new_person() {
		Person known = new Person();
		CaseCode mine = known.takenInByCarol();
		IntakeWizard wizard = consentedIntakeOf(known);
		test(byId(Button.class, "step-review")).click();

		test(byId(Button.class, "create-case")).click();
		assertThat(location()).as("not created before the duplicates are reviewed").startsWith("intake/");
		assertThat(wizard.step()).as("the wizard shows the duplicates").isEqualTo(IntakeStep.IDENTITY);
		assertThat(byId(Div.class, "intake-problems").getElement().getTextRecursively())
			.contains("This person may already be known");
		test(find(Button.class).withId("different-person").single()).click();
		test(byId(Button.class, "step-review")).click();
		test(byId(Button.class, "create-case")).click();

		CaseCode created = createdCase();
		assertThat(created).isNotEqualTo(mine);
		assertThat(this.caseService.open(created).person()).isNotEqualTo(this.caseService.open(mine).person());
	}

	@Test
	void the_same_person_gets_a_new_case_without_being_registered_again() {
		Person known = new Person();
		CaseCode mine = known.takenInByCarol();
		IntakeWizard wizard = consentedIntakeOf(known);
		test(byId(Button.class, "check-duplicates")).click();

		test(find(Button.class).withText("This is the same person: add a new case for them").single()).click();

		CaseCode created = createdCase();
		assertThat(created).isNotEqualTo(mine);
		assertThat(this.caseService.open(created).person()).isEqualTo(this.caseService.open(mine).person());
	}

	@Test
	void a_draft_changed_in_another_tab_is_never_overwritten_and_can_be_reloaded() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		IntakeDraft before = this.intake.open(draft);
		this.intake.save(draft, before.version(), IntakeStep.IDENTITY, TestIdentities.named("Other", "Tab"),
				IntakeAnswers.notAskedYet());
		test(byId(Button.class, "step-identity")).click();

		test(field(TextField.class, "given-names")).setValue("Typed here");

		assertThat(byId(Div.class, "intake-conflict").isVisible()).isTrue();
		assertThat(this.intake.open(draft).identity().givenNames()).isEqualTo("Other");
		test(byId(Button.class, "intake-reload")).click();
		assertThat(byId(Div.class, "intake-conflict").isVisible()).isFalse();
		assertThat(field(TextField.class, "given-names").getValue()).isEqualTo("Other");
		test(field(TextField.class, "family-names")).setValue("Tabs");
		assertThat(this.intake.open(draft).identity().familyNames()).isEqualTo("Tabs");
	}

	@Test
	void a_draft_is_discarded_from_the_list_only_after_a_confirmation() {
		startIntake();
		DraftId draft = draftInAddress();
		test(find(Button.class).withId("intake-save-and-leave").single()).click();
		int before = this.intake.mine().size();

		test(find(Button.class).withText("Discard").all().getFirst()).click();
		test(find(ConfirmDialog.class).single()).cancel();
		assertThat(this.intake.mine()).hasSize(before);
		test(find(Button.class).withText("Discard").all().getFirst()).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(this.intake.mine()).hasSize(before - 1).extracting(DraftSummary::id).doesNotContain(draft);
	}

	@Test
	void when_the_person_does_not_agree_the_caseworker_is_told_nothing_can_be_recorded_and_may_discard() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		assertThat(byId(Div.class, "consent-refused").isVisible()).isFalse();

		test(byId(RadioButtonGroup.class, "consent")).selectItem("The person does not agree");

		assertThat(byId(Div.class, "consent-refused").getElement().getTextRecursively())
			.startsWith("Without the person's agreement nothing about them can be recorded");
		assertThat(this.intake.open(draft).answers().consentToRecord()).isFalse();
		test(byId(Button.class, "discard-refused")).click();
		test(find(ConfirmDialog.class).single()).confirm();
		assertThat(location()).isEqualTo("intake");
		assertThat(this.intake.mine()).extracting(DraftSummary::id).doesNotContain(draft);
	}

	@Test
	void a_draft_of_another_caseworker_opened_by_its_address_shows_not_found() {
		DraftId theirs = this.fixtures.draftOf(DemoAccounts.SECOND_CASEWORKER,
				TestIdentities.named("Rahel", "Tesfaye"));

		assertThat(open("intake/" + theirs.value())).isInstanceOf(NotFoundView.class);
		assertThat(open("intake/" + UUID.randomUUID())).isInstanceOf(NotFoundView.class);
		assertThat(open("intake/not-a-draft")).isInstanceOf(NotFoundView.class);
	}

	@Test
	void a_field_too_long_to_save_is_marked_the_rest_is_saved_and_the_header_and_banner_say_so_until_it_is_fixed() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		test(byId(Button.class, "step-identity")).click();
		TextArea remarks = field(TextArea.class, "identifying-remarks");

		test(remarks).setValue("r".repeat(2001));
		test(field(TextField.class, "given-names")).setValue("Amina");

		assertThat(remarks.isInvalid()).isTrue();
		assertThat(remarks.getErrorMessage()).isEqualTo("Use at most 2,000 characters");
		assertThat(remarks.getValue()).as("kept on screen").hasSize(2001);
		assertThat(byId(Span.class, "intake-saved").getText()).startsWith("Saved at ")
			.endsWith(", except the marked answer");
		assertThat(byId(Div.class, "intake-problems").getElement().getTextRecursively())
			.contains("The marked answer cannot be saved as it is: correct it. Everything else you typed is saved.")
			.doesNotContain("Nothing you typed is lost");
		IntakeDraft saved = this.intake.open(draft);
		assertThat(saved.identity().givenNames()).as("the rest is saved").isEqualTo("Amina");
		assertThat(saved.identity().identifyingRemarks()).isNullOrEmpty();

		test(remarks).setValue("r".repeat(2000));

		assertThat(remarks.isInvalid()).isFalse();
		assertThat(byId(Div.class, "intake-problems").isVisible()).isFalse();
		assertThat(byId(Span.class, "intake-saved").getText()).startsWith("Saved at ").doesNotContain("except");
		assertThat(this.intake.open(draft).identity().identifyingRemarks()).hasSize(2000);
	}

	@Test
	void the_birth_year_follows_the_date_of_birth() {
		IntakeWizard wizard = startIntake();
		DraftId draft = draftInAddress();
		test(byId(Button.class, "step-identity")).click();

		test(field(DatePicker.class, "date-of-birth")).setValue(LocalDate.of(2001, 6, 15));
		test(byId(Button.class, "step-profile")).click();

		assertThat(find(IntegerField.class).withId("birth-year").single().getValue()).isEqualTo(2001);
		assertThat(this.intake.open(draft).answers().profile().birthYear()).isEqualTo(2001);
	}

	@Test
	void the_review_says_what_the_duplicate_check_found() {
		IntakeWizard wizard = consentedIntakeOf(new Person());
		test(byId(Button.class, "check-duplicates")).click();
		assertThat(text("duplicates-none")).isEqualTo("No other record matches what has been entered so far.");

		test(byId(Button.class, "step-review")).click();

		assertThat(byId(Div.class, "intake-review").getElement().getTextRecursively())
			.contains("The duplicate check found no other record.")
			.doesNotContain("Duplicates are checked when the case is created.");

		test(byId(Button.class, "step-identity")).click();
		test(field(TextField.class, "family-names")).setValue(name());
		test(byId(Button.class, "step-review")).click();
		assertThat(byId(Div.class, "intake-review").getElement().getTextRecursively())
			.contains("Duplicates are checked when the case is created.");
	}

	@Test
	void a_caseworker_of_one_team_finds_it_chosen_and_creates_the_case_in_it() {
		consentedIntakeOf(new Person());
		test(byId(Button.class, "step-review")).click();

		assertThat(teamChoice().getValue().id()).isEqualTo(this.teams.mainTeam());
		test(byId(Button.class, "create-case")).click();

		assertThat(teamOf(createdCase())).isEqualTo(this.teams.mainTeam());
	}

	@Test
	void a_caseworker_of_several_teams_chooses_among_hers_only_and_is_asked_to_when_she_did_not() {
		String caseworker = "intake-teams-" + name().toLowerCase();
		this.accounts.create(caseworker, Role.CASEWORKER);
		TestSecurity.as(caseworker, Role.CASEWORKER, () -> {
			this.userAccounts.changeOwnPassword(TestAccounts.PASSWORD, "intake-teams-own-secret-31");
			return null;
		});
		UUID ownTeam = this.teams.newTeam("Intake choice team");
		this.teams.memberOfMainTeam(caseworker);
		this.teams.member(ownTeam, caseworker);
		signInAs(caseworker, Role.CASEWORKER);
		consentedIntakeOf(new Person());
		test(byId(Button.class, "step-review")).click();
		Select<Teams.TeamName> choice = teamChoice();

		assertThat(choice.getValue()).isNull();
		assertThat(choice.isRequiredIndicatorVisible()).isTrue();
		assertThat(choice.getListDataView().getItems().map(Teams.TeamName::id))
			.containsExactlyInAnyOrder(this.teams.mainTeam(), ownTeam);
		test(byId(Button.class, "create-case")).click();
		assertThat(location()).startsWith("intake/");
		assertThat(choice.isInvalid()).isTrue();
		assertThat(choice.getErrorMessage()).isEqualTo("Choose the team this case belongs to.");

		test(choice).selectItem(choice.getListDataView()
			.getItems()
			.filter(team -> team.id().equals(ownTeam))
			.findFirst()
			.orElseThrow()
			.fullName());
		test(byId(Button.class, "create-case")).click();

		assertThat(teamOf(createdCase())).isEqualTo(ownTeam);
	}

	@SuppressWarnings("unchecked")
	private Select<Teams.TeamName> teamChoice() {
		return find(Select.class).withId("intake-team").single();
	}

	private UUID teamOf(CaseCode code) {
		return this.jdbc.queryForObject("select team_id from case_file where code = ?", UUID.class, code.value());
	}

	private IntakeWizard startIntake() {
		IntakeView list = (IntakeView) open("intake");
		test(list.start).click();
		IntakeWizard wizard = ((IntakeView) getCurrentView()).wizard();
		assertThat(wizard).isNotNull();
		assertThat(wizard.step()).isEqualTo(IntakeStep.CONSENT);
		return wizard;
	}

	private IntakeWizard consentedIntakeOf(Person person) {
		IntakeWizard wizard = startIntake();
		test(byId(RadioButtonGroup.class, "consent")).selectItem("The person agrees");
		person.typeInto(wizard);
		return wizard;
	}

	private static DraftId draftInAddress() {
		return DraftId.parse(location().substring("intake/".length())).orElseThrow();
	}

	/** The case the wizard created, from the address it went to. */
	private static CaseCode createdCase() {
		assertThat(location()).startsWith("cases/");
		return CaseCode.parse(location().substring("cases/".length())).orElseThrow();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

	private List<Button> continueButtons() {
		return find(Button.class).withText("Continue").all();
	}

	private <T extends Component> T field(Class<T> type, String id) {
		return find(type).withId(id).single();
	}

	@SuppressWarnings("unchecked")
	private Select<Gender> select(String id) {
		return find(Select.class).withId(id).single();
	}

	@SuppressWarnings("unchecked")
	private RadioButtonGroup<Answer.State> state(String answer) {
		return find(RadioButtonGroup.class).withId(answer + "-state").single();
	}

	private String text(String id) {
		return ((HasText) find(Component.class).withId(id).single()).getText();
	}

	private static String name() {
		return random.ints(7, 'a', 'z' + 1)
			.mapToObj(letter -> String.valueOf((char) letter))
			.collect(Collectors.joining("", "Z", ""));
	}

	/**
	 * A made-up person, different in every test, so that only the test's own cases match.
	 */
	private class Person {

		final String given = name();

		final String family = name();

		final LocalDate born = LocalDate.of(1990 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));

		final String phone = "+2348" + (10_000_000 + random.nextInt(89_999_999));

		CaseCode takenInByCarol() {
			return IntakeViewTests.this.fixtures.takenInBy(DemoAccounts.CASEWORKER,
					TestIdentities.identity(this.given, this.family, this.born, null, null));
		}

		void typeInto(IntakeWizard wizard) {
			test(byId(Button.class, "step-identity")).click();
			test(field(TextField.class, "given-names")).setValue(this.given);
			test(field(TextField.class, "family-names")).setValue(this.family);
			test(field(DatePicker.class, "date-of-birth")).setValue(this.born);
			test(field(TextArea.class, "phone-numbers")).setValue(this.phone);
		}

	}

}
