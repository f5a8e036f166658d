package org.haven.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTests extends ViewTest {

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void a_caseworker_sees_only_the_navigation_a_caseworker_may_use() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "My cases", "Intake", "Change password");
	}

	@Test
	void a_supervisor_sees_the_cases_and_the_break_glass_openings_but_no_caseworker_screen() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "All cases", "Break-glass openings", "Change password");
	}

	@Test
	void an_administrator_also_sees_the_accounts() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		open("");
		assertThat(navigationLabels()).containsExactly("Home", "Accounts", "Reference lists", "Keys",
				"Change password");
	}

	@Test
	void the_layout_shows_who_is_signed_in_and_as_what() {
		signInAs(DemoAccounts.SUPERVISOR, Role.SUPERVISOR);
		open("");
		List<String> texts = find(Span.class).from(find(com.vaadin.flow.component.html.Div.class).id("signed-in-user"))
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
