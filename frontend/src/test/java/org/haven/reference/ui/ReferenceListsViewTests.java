package org.haven.reference.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.reference.TestLabels;
import org.haven.shared.LanguageTags;
import org.haven.ui.Languages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceListsViewTests extends ViewTest {

	static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	ReferenceData reference;

	ReferenceListsView view;

	@BeforeEach
	void openAsAdministrator() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		this.view = (ReferenceListsView) open("admin/reference-lists");
	}

	@Test
	void the_first_list_shows_its_items_with_their_label_and_status() {
		assertThat(this.view.list.getValue()).isEqualTo(ReferenceList.ACTS);
		int recruitment = rowOf("RECRUITMENT");
		assertThat(test(this.view.grid).getCellText(recruitment, 1)).isEqualTo("Recruitment");
		assertThat(test(this.view.grid).getCellText(recruitment, 2)).isEqualTo("Offered");
	}

	@Test
	void the_form_asks_for_a_label_in_each_of_the_six_languages() {
		assertThat(LanguageTags.ALL).map(language -> this.view.labels.in(language).getLabel())
			.containsExactly("English label", "Arabic label", "Chinese label", "French label", "Russian label",
					"Spanish label");
		assertThat(this.view.labels.in("ar").getElement().getAttribute("lang")).isEqualTo("ar");
	}

	@Test
	void an_administrator_adds_an_item_which_then_shows_and_is_offered() {
		test(this.view.list).selectItem("Forms of exploitation");
		String code = newCode();
		test(this.view.code).setValue(code);
		fillIn(this.view.labels, "Forced surrogacy");
		test(this.view.labels.in("fr")).setValue("Gestation pour autrui forcée");
		test(this.view.add).click();

		assertThat(test(this.view.grid).getCellText(rowOf(code), 1)).isEqualTo("Forced surrogacy");
		assertThat(this.reference.find(ReferenceList.EXPLOITATION_FORMS, code).orElseThrow().label("fr"))
			.isEqualTo("Gestation pour autrui forcée");
		assertThat(this.view.labels.in("fr").getValue()).isEmpty();
		assertThat(this.view.code.getValue()).isEmpty();
		assertThat(this.view.code.isInvalid()).isFalse();
		assertThat(this.reference.isOffered(ReferenceList.EXPLOITATION_FORMS, code)).isTrue();
	}

	@Test
	void an_administrator_marks_a_new_means_of_control_online_and_only_where_a_list_may_be() {
		assertThat(this.view.online.isVisible()).as("acts are never online").isFalse();
		test(this.view.list).selectItem("Means of control");
		assertThat(this.view.online.isVisible()).isTrue();
		assertThat(test(this.view.grid).getCellText(rowOf("PHONE_MONITORING"), 3))
			.isEqualTo("Online or ICT-facilitated");
		String code = newCode();
		test(this.view.code).setValue(code);
		fillIn(this.view.labels, "Control through a smart watch");
		test(this.view.online).click();
		test(this.view.add).click();

		assertThat(this.reference.find(ReferenceList.CONTROL_MEANS, code).orElseThrow().online()).isTrue();
		assertThat(test(this.view.grid).getCellText(rowOf(code), 3)).isEqualTo("Online or ICT-facilitated");
		assertThat(this.view.online.getValue()).isFalse();
		String offline = addThroughTheForm();
		assertThat(this.reference.find(ReferenceList.CONTROL_MEANS, offline).orElseThrow().online()).isFalse();
	}

	@Test
	void a_bad_code_is_explained_on_the_code_field_and_what_was_typed_stays() {
		int before = test(this.view.grid).size();
		test(this.view.code).setValue("online scams");
		test(this.view.labels.in("en")).setValue("Online scams");
		test(this.view.add).click();

		assertThat(this.view.code.isInvalid()).isTrue();
		assertThat(this.view.code.getErrorMessage())
			.isEqualTo("Use only capital letters A–Z, digits 0–9 and underscores, 2 to 64 characters");
		assertThat(this.view.labels.in("en").isInvalid()).isFalse();
		assertThat(this.view.labels.in("zh").isInvalid()).isTrue();
		assertThat(this.view.labels.in("ar").getErrorMessage()).isEqualTo("This field is required");
		assertThat(this.view.code.getValue()).isEqualTo("online scams");
		assertThat(this.view.labels.in("en").getValue()).isEqualTo("Online scams");
		this.view.refresh();
		assertThat(test(this.view.grid).size()).isEqualTo(before);
	}

	@Test
	void a_code_the_list_already_has_is_refused_on_the_code_field() {
		test(this.view.code).setValue("RECEIPT");
		fillIn(this.view.labels, "Receipt again");
		test(this.view.add).click();

		assertThat(this.view.code.getErrorMessage()).isEqualTo("This list already has an item with this code");
		assertThat(this.reference.find(ReferenceList.ACTS, "RECEIPT").orElseThrow().label("en")).isEqualTo("Receipt");
	}

	@Test
	void a_retired_item_shows_as_retired_and_is_reinstated() {
		test(this.view.list).selectItem("Sectors");
		String code = addThroughTheForm();

		test(button("retire-" + code)).click();
		assertThat(test(this.view.grid).getCellText(rowOf(code), 2)).isEqualTo("Retired");
		assertThat(this.reference.isOffered(ReferenceList.SECTORS, code)).isFalse();

		test(button("reinstate-" + code)).click();
		assertThat(test(this.view.grid).getCellText(rowOf(code), 2)).isEqualTo("Offered");
		assertThat(this.reference.isOffered(ReferenceList.SECTORS, code)).isTrue();
	}

	@Test
	void an_administrator_corrects_the_labels_and_the_code_stays() {
		test(this.view.list).selectItem("Recruitment channels");
		String code = addThroughTheForm();

		test(button("relabel-" + code)).click();
		RelabelDialog dialog = find(RelabelDialog.class).single();
		assertThat(dialog.labels.in("es").getValue()).isEqualTo("Test item (es)");
		test(dialog.labels.in("en")).setValue("");
		test(dialog.save).click();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.labels.in("en").getErrorMessage()).isEqualTo("This field is required");

		test(dialog.labels.in("en")).setValue("Gaming platform");
		test(dialog.labels.in("ru")).setValue("Игровая платформа");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		ReferenceItem item = this.reference.find(ReferenceList.RECRUITMENT_CHANNELS, code).orElseThrow();
		assertThat(item.label("en")).isEqualTo("Gaming platform");
		assertThat(item.label("ru")).isEqualTo("Игровая платформа");
		assertThat(item.label("es")).isEqualTo("Test item (es)");
		assertThat(test(this.view.grid).getCellText(rowOf(code), 1)).isEqualTo("Gaming platform");
	}

	@Test
	void a_change_someone_else_made_first_is_a_conflict_that_overwrites_nothing() {
		String code = addThroughTheForm();
		ReferenceItem shown = this.reference.find(ReferenceList.ACTS, code).orElseThrow();
		this.reference.relabel(ReferenceList.ACTS, code, shown.version(), TestLabels.of("Changed elsewhere"));

		test(button("retire-" + code)).click();

		assertThat(this.reference.isOffered(ReferenceList.ACTS, code)).isTrue();
		assertThat(test(this.view.grid).getCellText(rowOf(code), 1)).isEqualTo("Changed elsewhere");
	}

	@Test
	void in_chinese_the_lists_and_headings_are_chinese() {
		VaadinSession.getCurrent().setLocale(Languages.CHINESE);
		UI.getCurrent().setLocale(Languages.CHINESE);
		UI.getCurrent().refreshCurrentRoute(true);
		ReferenceListsView chinese = (ReferenceListsView) getCurrentView();

		test(chinese.list).selectItem("行业");
		assertThat(chinese.list.getValue()).isEqualTo(ReferenceList.SECTORS);
		assertThat(chinese.grid.getListDataView().getItems().map(ReferenceItem::code)).contains("FISHING");
		assertThat(test(chinese.grid).getHeaderCell(1)).isEqualTo("名称");
		assertThat(test(chinese.grid).getCellText(0, 1)).matches(".*\\p{IsHan}.*");
		assertThat(test(chinese.grid).getCellText(0, 2)).isEqualTo("可选用");
		assertThat(chinese.add.getText()).isEqualTo("添加");
	}

	private String addThroughTheForm() {
		String code = newCode();
		test(this.view.code).setValue(code);
		fillIn(this.view.labels, "Test item");
		test(this.view.add).click();
		return code;
	}

	/** Each language's field with the English label marked with its language tag. */
	private void fillIn(LabelFields labels, String english) {
		TestLabels.of(english).forEach((language, label) -> test(labels.in(language)).setValue(label));
	}

	private int rowOf(String code) {
		var grid = test(this.view.grid);
		for (int row = 0; row < grid.size(); row++) {
			if (grid.getRow(row).code().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code);
	}

	/** An action button of a row, by its id: the action, a hyphen, the item's code. */
	private Button button(String id) {
		HorizontalLayout actions = (HorizontalLayout) test(this.view.grid)
			.getCellComponent(rowOf(id.substring(id.indexOf('-') + 1)), "actions");
		return (Button) actions.getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

	private static String newCode() {
		return "TEST_VIEW_" + NEXT.incrementAndGet() + "_" + System.nanoTime();
	}

}
