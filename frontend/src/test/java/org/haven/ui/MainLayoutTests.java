package org.haven.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.haven.ComponentsById;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseSupervision;
import org.haven.person.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTests extends ViewTest {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseSupervision supervision;

	@Test
	void a_caseworker_sees_only_the_navigation_a_caseworker_may_use() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "My cases", "Intake", "Referrals received", "Partners",
				"Change password");
	}

	@Test
	void a_supervisor_sees_the_cases_break_glass_openings_erasure_requests_possible_duplicates_consent_overrides_and_reports_but_no_caseworker_screen() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "All cases", "Break-glass openings", "Erasure requests",
				"Possible duplicates", "Teams", "Consent overrides", "Reports", "Change password");
	}

	@Test
	void a_supervisor_sees_on_the_menu_how_many_openings_to_look_at_and_is_told_at_once_of_a_new_one() {
		CaseCode code = this.fixtures.takenInBy(DemoAccounts.CASEWORKER, TestIdentities.named("Badge", "Count"));
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");
		MainLayout layout = find(MainLayout.class).single();
		int before = this.supervision.countBreakGlassToLookAt();
		assertThat(badge().getText()).isEqualTo(Integer.toString(before));

		this.fixtures.breakGlass(DemoAccounts.SECOND_CASEWORKER, code);
		layout.refreshBadges(true);

		assertThat(badge().getText()).isEqualTo(Integer.toString(before + 1));
		assertThat(badge().isVisible()).isTrue();
		assertThat(find(Notification.class).all().getLast().getElement().getProperty("text", ""))
			.isEqualTo("A caseworker opened a case by break-glass. Openings to look at: " + (before + 1));
	}

	@Test
	void a_caseworker_has_no_badge_to_see() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("");
		assertThat(find(Span.class).all()).noneMatch(span -> span.getId().orElse("").startsWith("badge-"));
	}

	/** Found hidden too: with no opening to look at, the badge is there but not shown. */
	private Span badge() {
		return ComponentsById.byId(Span.class, "badge-supervision-break-glass");
	}

	@Test
	void an_administrator_also_sees_the_accounts() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "Accounts", "Offices and teams", "Partners",
				"Reference lists", "Assessment instruments", "Keys", "Change password");
	}

	@Test
	void the_layout_shows_who_is_signed_in_and_as_what() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");
		List<String> texts = find(Span.class).from(find(Div.class).id("signed-in-user"))
			.all()
			.stream()
			.map(Span::getText)
			.toList();
		assertThat(texts).containsExactly("Sam Supervisor", "Supervisor");
	}

	private List<String> navigationLabels() {
		SideNav navigation = find(SideNav.class).id("main-navigation");
		return navigation.getItems().stream().map(SideNavItem::getLabel).toList();
	}

}
