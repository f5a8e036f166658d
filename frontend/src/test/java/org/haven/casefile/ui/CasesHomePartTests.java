package org.haven.casefile.ui;

import java.util.Map;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.IntakeService;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * A caseworker's home page counts their unfinished intakes and their cases by stage,
 * without a name; a supervisor's home has neither.
 */
class CasesHomePartTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	IntakeService intake;

	@Test
	void a_caseworkers_home_counts_their_unfinished_intakes_and_their_cases_by_stage() {
		this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Homepage", "Counted"));
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.intake.start());
		Map<CaseStatus, Long> counts = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER,
				() -> this.cases.myCasesByStatus());
		int drafts = TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> this.intake.mine()).size();

		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("");

		String intakes = byId(VerticalLayout.class, "home-intakes").getElement().getTextRecursively();
		assertThat(intakes).contains("Intakes you started and have not finished: " + drafts);
		String byStage = byId(VerticalLayout.class, "home-cases-by-status").getElement().getTextRecursively();
		assertThat(byStage).contains("Intake: " + counts.get(CaseStatus.INTAKE)).doesNotContain("Homepage");
	}

	@Test
	void a_supervisors_home_has_no_caseworkers_counts() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");

		assertThat(find(VerticalLayout.class).withId("home-cases").all()).isEmpty();
	}

}
