package org.haven.partner.ui;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.referral.ReferralFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/** The partner directory: administrators keep it, caseworkers read it. */
class PartnersViewTests extends ViewTest {

	@Autowired
	PartnerDirectory directory;

	@Autowired
	ReferralFixtures fixtures;

	@Test
	void an_administrator_adds_a_partner_with_its_agreement_and_sees_it_in_force() {
		String name = "Harbour House " + UUID.randomUUID().toString().substring(0, 6);
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		open("partners");
		assertThat(byId(Anchor.class, "download-keys-file").isVisible()).isTrue();

		test(byId(Button.class, "add-partner")).click();
		roundTrip();
		test(byId(TextField.class, "partner-name")).setValue(name);
		test(type()).selectItem("Non-governmental organisation");
		test(byId(TextField.class, "partner-country")).setValue("md");
		test(byId(TextField.class, "partner-area")).setValue("Chisinau");
		byId(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, "partner-services")
			.setValue(java.util.Set.of(byIdItems("partner-services", "SAFE_ACCOMMODATION")));
		test(byId(TextArea.class, "partner-contact")).setValue("+373 22 000 000");
		byId(DatePicker.class, "partner-agreement-signed-on").setValue(LocalDate.now().minusDays(3));
		byId(DatePicker.class, "partner-agreement-expires-on").setValue(LocalDate.now().plusYears(1));
		test(byId(TextField.class, "partner-agreement-document")).setValue("DSA-2026-11, cabinet 2");
		test(find(Button.class).withId("save-partner").single()).click();

		Partner saved = this.directory.partners().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
		assertThat(saved.type()).isEqualTo(OrganisationType.NGO);
		assertThat(saved.country()).isEqualTo("MD");
		Grid<Partner> grid = byId(Grid.class, "partners");
		int row = rowOf(grid, name);
		assertThat(test(grid).getCellText(row, 4)).startsWith("In force until");
	}

	@Test
	void a_caseworker_reads_the_directory_and_may_change_nothing() {
		Partner shelter = this.fixtures.shelterWithAgreement("Read Only Shelter " + UUID.randomUUID());
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("partners");

		Grid<Partner> grid = byId(Grid.class, "partners");
		assertThat(test(grid).getCellText(rowOf(grid, shelter.name()), 0)).isEqualTo(shelter.name());
		assertThat(byId(Button.class, "add-partner").isVisible()).isFalse();
		assertThat(grid.getColumnByKey("actions")).isNull();
		assertThat(find(Anchor.class).all())
			.noneMatch(anchor -> anchor.getId().orElse("").equals("download-keys-file"));
	}

	private static int rowOf(Grid<Partner> grid, String name) {
		var items = grid.getListDataView().getItems().toList();
		for (int row = 0; row < items.size(); row++) {
			if (items.get(row).name().equals(name)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + name);
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> type() {
		return byId(Select.class, "partner-type");
	}

	@SuppressWarnings("unchecked")
	private static Object byIdItems(String id, String code) {
		var box = byId(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, id);
		return box.getListDataView()
			.getItems()
			.filter(item -> ((org.haven.reference.ReferenceItem) item).code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
