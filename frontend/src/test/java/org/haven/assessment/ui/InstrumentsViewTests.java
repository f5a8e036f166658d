package org.haven.assessment.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.Instruments;
import org.haven.person.ui.Labels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The administrators' instruments: versions listed with their standing, the next one
 * drafted, its texts edited and published, a version retired; a published version never
 * editable.
 */
class InstrumentsViewTests extends ViewTest {

	static final String SCREEN = InstrumentVersion.RE_TRAFFICKING_SCREEN;

	static final String OUTCOMES = InstrumentVersion.REINTEGRATION_OUTCOMES;

	@Autowired
	Instruments instruments;

	Grid<Instrument> versions;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void anAdministratorOpensTheInstruments() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		open("admin/instruments");
		this.versions = byId(Grid.class, "instrument-versions");
	}

	@Test
	void every_version_is_listed_with_its_standing_and_a_published_one_reads_but_never_edits() {
		int row = rowOf(OUTCOMES, 1);
		assertThat(test(this.versions).getCellText(row, 0)).isEqualTo("Reintegration outcomes");
		assertThat(test(this.versions).getCellText(row, 2)).isEqualTo("Published");
		assertThat(test(this.versions).getCellText(rowOf(SCREEN, 1), 0)).isEqualTo("Re-trafficking screen");

		act("show", OUTCOMES, 1);

		assertThat(byId(H2.class, "instrument-texts-title").getText())
			.isEqualTo("Reintegration outcomes, version 1: Published");
		TextArea safety = byId(TextArea.class, "text-safety-label-en");
		assertThat(safety.getValue()).isEqualTo("Safety");
		assertThat(safety.isReadOnly()).isTrue();
		assertThat(byId(TextArea.class, "text-safety-score-1-fr").isReadOnly()).isTrue();
		assertThat(byId(Button.class, "save-instrument-texts").isVisible()).isFalse();
	}

	@Test
	void an_administrator_drafts_the_next_version_edits_a_question_publishes_it_and_retires_it() {
		int latest = latestVersion(SCREEN);
		int next = latest + 1;

		act("start-draft", SCREEN, latest);

		assertThat(test(this.versions).getCellText(rowOf(SCREEN, next), 2)).isEqualTo("Draft");
		chooseLanguage("Français");
		String question = "La personne a-t-elle perdu son revenu récemment ?";
		test(byId(TextArea.class, "text-no-safe-income-label-fr")).setValue(question);
		test(byId(Button.class, "save-instrument-texts")).click();
		assertThat(asAdministrator(() -> this.instruments.draft(SCREEN)).orElseThrow()
			.items()
			.stream()
			.filter(item -> item.code().equals("NO_SAFE_INCOME"))
			.findFirst()
			.orElseThrow()
			.label("fr")).isEqualTo(question);

		act("publish", SCREEN, next);
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(test(this.versions).getCellText(rowOf(SCREEN, next), 2)).isEqualTo("Published");
		assertThat(byId(H2.class, "instrument-texts-title").getText())
			.isEqualTo("Re-trafficking screen, version " + next + ": Published");
		assertThat(byId(TextArea.class, "text-no-safe-income-label-fr").isReadOnly()).isTrue();
		Instrument published = asAdministrator(() -> this.instruments.published()).stream()
			.filter(instrument -> instrument.id().equals(new InstrumentVersion(SCREEN, next)))
			.findFirst()
			.orElseThrow();
		assertThat(published.items().getLast().label("fr")).isEqualTo(question);

		act("retire", SCREEN, next);
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(test(this.versions).getCellText(rowOf(SCREEN, next), 2)).isEqualTo("Retired");
		assertThat(actions(SCREEN, next)).doesNotContain("retire-re-trafficking-screen-" + next)
			.contains("show-re-trafficking-screen-" + next, "start-draft-re-trafficking-screen-" + next);
	}

	@Test
	void a_refused_text_stays_as_typed_by_its_field_and_the_others_are_saved() {
		int latest = latestVersion(OUTCOMES);
		if (asAdministrator(() -> this.instruments.draft(OUTCOMES)).isEmpty()) {
			act("start-draft", OUTCOMES, latest);
		}
		else {
			act("show", OUTCOMES, latest + 1);
		}
		chooseLanguage("English");
		test(byId(TextArea.class, "text-safety-score-2-en")).setValue("   ");
		chooseLanguage("Español");
		String definition = "Alguna preocupación por su seguridad; sabe dónde pedir ayuda.";
		test(byId(TextArea.class, "text-safety-score-3-es")).setValue(definition);

		test(byId(Button.class, "save-instrument-texts")).click();

		TextArea refused = byId(TextArea.class, "text-safety-score-2-en");
		assertThat(refused.isInvalid()).isTrue();
		assertThat(refused.getErrorMessage()).isEqualTo("This field is required");
		assertThat(refused.getValue()).isEqualTo("   ");
		assertThat(refused.isVisible()).as("the refused text's language is shown").isTrue();
		Instrument.Item safety = asAdministrator(() -> this.instruments.draft(OUTCOMES)).orElseThrow()
			.items()
			.getFirst();
		assertThat(safety.scoreDefinition(3, "es")).isEqualTo(definition);
		assertThat(safety.scoreDefinition(2, "en")).isNotBlank();
	}

	/** Clicks the action of a version's row. */
	private void act(String action, String code, int version) {
		String id = action + "-" + Labels.kebab(code) + "-" + version;
		test(buttons(code, version).filter(button -> button.getId().orElse("").equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id))).click();
	}

	private List<String> actions(String code, int version) {
		return buttons(code, version).map(button -> button.getId().orElse("")).toList();
	}

	private Stream<Button> buttons(String code, int version) {
		return test(this.versions).getCellComponent(rowOf(code, version), "actions")
			.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast);
	}

	private void chooseLanguage(String language) {
		test(language()).selectItem(language);
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> language() {
		return byId(Select.class, "instrument-language");
	}

	private int rowOf(String code, int version) {
		List<Instrument> items = this.versions.getListDataView().getItems().toList();
		for (int row = 0; row < items.size(); row++) {
			if (items.get(row).id().equals(new InstrumentVersion(code, version))) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code + " " + version);
	}

	private int latestVersion(String code) {
		return asAdministrator(() -> this.instruments.published()).stream()
			.filter(instrument -> instrument.id().code().equals(code))
			.mapToInt(instrument -> instrument.id().version())
			.max()
			.orElseThrow();
	}

	private static <T> T asAdministrator(Supplier<T> action) {
		return TestSecurity.asAdministrator(action);
	}

}
