package org.haven.consent.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecord;
import org.haven.consent.InformedOf;
import org.haven.consent.TestConsents;
import org.haven.partner.Partner;
import org.haven.person.TestIdentities;
import org.haven.referral.ReferralFixtures;
import org.haven.ui.UserLocale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The consent ledger on the case page, as the case's caseworker and a break-glass reader
 * see it.
 */
class ConsentSectionTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	ReferralFixtures partners;

	CaseCode code;

	Partner shelter;

	@BeforeEach
	void aCaseOfCarols() {
		this.code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Consent", "Section"));
		this.shelter = this.partners
			.shelterWithAgreement("Consent section shelter " + UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void the_case_page_shows_the_consent_to_record_given_at_intake_as_in_force() {
		openTheCase();

		Grid<ConsentRecord> standing = standing();
		assertThat(test(standing).size()).isEqualTo(1);
		assertThat(test(standing).getCellText(0, 0)).isEqualTo("Interview and recording of the case");
		assertThat(test(standing).getCellText(0, 1)).isEqualTo("In force");
		assertThat(test(standing).getCellText(0, 2)).isEqualTo("Consent");
	}

	@Test
	void a_caseworker_records_consent_to_share_with_one_partner_and_it_shows_in_force() {
		openTheCase();

		test(byId(Button.class, "record-consent")).click();
		roundTrip();
		test(select("consent-purpose")).selectItem("Sharing with a partner organisation");
		test(select("consent-scope")).selectItem(this.shelter.name());
		test(select("consent-given-by")).selectItem("The person themself");
		test(select("consent-method")).selectItem("In writing");
		test(byId(TextField.class, "consent-notice-version")).setValue("sharing-2");
		informedOf().setValue(Set.of(InformedOf.PURPOSE, InformedOf.USE_OF_DATA, InformedOf.HOW_TO_WITHDRAW));
		test(find(Button.class).withId("save-consent").single()).click();

		Grid<ConsentRecord> standing = standing();
		assertThat(test(standing).size()).isEqualTo(2);
		assertThat(test(standing).getCellText(1, 0))
			.isEqualTo("Sharing with a partner organisation: " + this.shelter.name());
		assertThat(test(standing).getCellText(1, 1)).isEqualTo("In force");
		assertThat(ledgerOfTheCase()).filteredOn(entry -> entry.purpose() == ConsentPurpose.SHARE_WITH_PARTNER)
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.noticeVersion()).isEqualTo("sharing-2");
				assertThat(entry.scope()).as("the partner, by its directory id")
					.isEqualTo(this.shelter.id().toString());
			});
	}

	@Test
	void an_end_before_the_day_given_is_pointed_out_on_its_field_and_nothing_is_recorded() {
		openTheCase();

		test(byId(Button.class, "record-consent")).click();
		roundTrip();
		test(select("consent-purpose")).selectItem("Follow-up contact and after-care checks");
		test(select("consent-given-by")).selectItem("The person themself");
		test(select("consent-method")).selectItem("Verbally");
		test(byId(TextField.class, "consent-notice-version")).setValue("follow-up-1");
		informedOf().setValue(Set.of(InformedOf.PURPOSE));
		test(byId(DatePicker.class, "consent-expires-on")).setValue(UserLocale.today().minusDays(3));
		test(find(Button.class).withId("save-consent").single()).click();

		DatePicker expiresOn = byId(DatePicker.class, "consent-expires-on");
		assertThat(expiresOn.isInvalid()).isTrue();
		assertThat(expiresOn.getErrorMessage()).isEqualTo("The end must come after the day consent was given.");
		assertThat(byId(TextField.class, "consent-notice-version").getValue()).isEqualTo("follow-up-1");
		assertThat(ledgerOfTheCase()).hasSize(1);
	}

	@Test
	void a_withdrawal_shows_at_once_and_both_versions_stay_in_the_history() {
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.ledger.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now())));
		openTheCase();

		test(rowButton(1, "withdraw-consent-follow-up-contact")).click();
		roundTrip();
		test(byId(TextArea.class, "consent-withdrawal-reason")).setValue("Moving away; no more calls");
		test(find(Button.class).withId("confirm-withdrawal").single()).click();

		assertThat(test(standing()).getCellText(1, 1)).isEqualTo("Withdrawn");
		Grid<ConsentRecord> versions = byId(Grid.class, "consent-versions");
		assertThat(test(versions).size()).isEqualTo(3);
		assertThat(test(versions).getCellText(2, 5)).isEqualTo("Moving away; no more calls");
	}

	@Test
	void a_caseworker_reading_by_break_glass_sees_the_ledger_and_may_change_nothing() {
		this.fixtures.breakGlass(DemoAccounts.SECOND_CASEWORKER, this.code);
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());

		assertThat(test(standing()).size()).isEqualTo(1);
		assertThat(byId(Button.class, "record-consent").isVisible()).isFalse();
		assertThat(((HorizontalLayout) test(standing()).getCellComponent(0, "actions")).getComponentCount()).isZero();
	}

	@Test
	void leaving_the_case_takes_the_ledger_off_the_page() {
		openTheCase();
		Grid<ConsentRecord> standing = standing();

		open("cases");

		assertThat(standing.getListDataView().getItemCount()).isZero();
	}

	private void openTheCase() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());
	}

	@SuppressWarnings("unchecked")
	private static Grid<ConsentRecord> standing() {
		return byId(Grid.class, "consent-standing");
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@SuppressWarnings("unchecked")
	private static CheckboxGroup<InformedOf> informedOf() {
		return byId(CheckboxGroup.class, "consent-informed-of");
	}

	private Button rowButton(int row, String id) {
		HorizontalLayout actions = (HorizontalLayout) test(standing()).getCellComponent(row, "actions");
		return (Button) actions.getChildren()
			.filter(component -> id.equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

	private List<ConsentRecord> ledgerOfTheCase() {
		return TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.ledger.ledger(this.code));
	}

}
