package org.haven.assistance.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assistance.Task;
import org.haven.assistance.TaskKind;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseSupervision;
import org.haven.casefile.Closure;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.TestConsents;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * After-care on the page of a closed case: the checks due, one recorded, a risk that
 * reopens the case.
 */
class AfterCareScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	ConsentLedger consent;

	CaseCode code;

	@BeforeEach
	void aCaseClosedWithReintegrationAndConsentToFollowUpContact() {
		this.code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("After", "Screen"));
		for (CaseStatus next : List.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE_ASSISTANCE,
				CaseStatus.REINTEGRATION_FOLLOW_UP)) {
			asCarol(() -> this.cases.advance(this.code, this.cases.open(this.code).version(), next));
		}
		asCarol(() -> this.consent.record(this.code, 0,
				TestConsents.givenBySelf(ConsentPurpose.FOLLOW_UP_CONTACT, "", LocalDate.now())));
		asCarol(() -> this.cases.requestClosure(this.code, this.cases.open(this.code).version(),
				Closure.Outcome.GOALS_ACHIEVED));
		TestSecurity.as(DemoAccounts.SUPERVISOR, Role.SUPERVISOR,
				() -> this.supervision.approveClosureDespiteConcerns(this.code,
						this.supervision.overview(this.code).version(),
						Closure.ConcernsOverridden.PERSON_DECLINED_ASSESSMENT));
	}

	@Test
	void a_check_that_finds_risk_offers_to_reopen_the_case_and_reopens_it() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases/" + this.code.value());
		Grid<Task> tasks = byId(Grid.class, "case-tasks");
		int row = firstAfterCareRow(tasks);
		assertThat(test(tasks).getCellText(row, 0)).isEqualTo("After-care check");

		test(button(tasks, row)).click();
		roundTrip();
		test(select("after-care-channel")).selectItem("By phone");
		test(select("after-care-safety-now")).selectItem("Unsafe");
		test(radio("after-care-approached")).selectItem("Yes");
		test(radio("after-care-debt")).selectItem("No");
		test(radio("after-care-unsafe-home")).selectItem("Declined to answer");
		test(find(Button.class).withId("save-after-care").single()).click();
		roundTrip();

		test(find(Button.class).withId("reopen-for-risk").single()).click();

		assertThat(asCarol(() -> this.cases.open(this.code)).status()).isNotEqualTo(CaseStatus.CLOSED);
	}

	private int firstAfterCareRow(Grid<Task> tasks) {
		for (int row = 0; row < test(tasks).size(); row++) {
			if (test(tasks).getRow(row).kind() == TaskKind.AFTER_CARE_CHECK) {
				return row;
			}
		}
		throw new AssertionError("no after-care check on the case");
	}

	private Button button(Grid<Task> tasks, int row) {
		HorizontalLayout actions = (HorizontalLayout) test(tasks).getCellComponent(row, "actions");
		return (Button) actions.getChildren()
			.filter(component -> component.getId().filter(id -> id.startsWith("after-care-check-")).isPresent())
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Select<Object> select(String id) {
		return byId(Select.class, id);
	}

	@SuppressWarnings("unchecked")
	private static RadioButtonGroup<Object> radio(String id) {
		return byId(RadioButtonGroup.class, id);
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, action);
	}

}
