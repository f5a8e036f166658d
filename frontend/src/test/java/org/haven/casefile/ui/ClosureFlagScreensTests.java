package org.haven.casefile.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.haven.DemoAccounts;
import org.haven.TestSecurity;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.AssessmentsTests;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.ComponentsById.byId;

/**
 * The closure gate as the supervisor meets it: a flagged request, approved only with a
 * reason.
 */
class ClosureFlagScreensTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseService cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	ConsentLedger consent;

	@Autowired
	Assessments assessments;

	@Test
	void a_closure_request_without_an_endline_is_flagged_and_approved_only_with_a_reason() {
		CaseCode code = assessedAtBaselineAndClosureRequested();
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		SupervisorCasesView view = (SupervisorCasesView) open("supervision/cases");
		test(view.code).setValue(code.value());
		test(view.search).click();

		var grid = test(view.grid);
		assertThat(grid.getCellText(0, grid.getColumnPosition("closure")))
			.contains("Flagged: no endline assessment on the baseline’s version");
		test(approve(view, code)).click();
		roundTrip();
		assertThat(byId(Paragraph.class, "closure-concerns").getText())
			.contains("no endline assessment on the baseline’s version");

		test(find(Button.class).withId("approve-despite-save").single()).click();
		assertThat(byId(Select.class, "approve-despite-reason").isInvalid()).isTrue();
		assertThat(this.supervision.overview(code).status()).isNotEqualTo(CaseStatus.CLOSED);

		@SuppressWarnings("unchecked")
		Select<Object> reason = byId(Select.class, "approve-despite-reason");
		test(reason).selectItem("Contact with the person was lost");
		test(find(Button.class).withId("approve-despite-save").single()).click();

		assertThat(this.supervision.overview(code).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(lastNotification()).isEqualTo("Case closed");
	}

	private CaseCode assessedAtBaselineAndClosureRequested() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Flag", "Closure"));
		TestSecurity.as(DemoAccounts.CASEWORKER, Role.CASEWORKER, () -> {
			this.consent.record(code, 0,
					TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", LocalDate.now()));
			this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.BASELINE, LocalDate.now(), 2));
			return this.cases.requestClosure(code, this.cases.open(code).version(), Closure.Outcome.CONTACT_LOST);
		});
		return code;
	}

	private Button approve(SupervisorCasesView view, CaseCode code) {
		return (Button) ((HorizontalLayout) test(view.grid).getCellComponent(0, "actions")).getChildren()
			.filter(component -> ("approve-" + code.value()).equals(component.getId().orElse(null)))
			.findFirst()
			.orElseThrow();
	}

	private String lastNotification() {
		return find(Notification.class).all().getLast().getElement().getProperty("text", "");
	}

}
