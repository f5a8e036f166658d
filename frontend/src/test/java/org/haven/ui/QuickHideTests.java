package org.haven.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.server.VaadinSession;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick hide button is in the top bar of every signed-in screen, for every role, and
 * says how to hide without it.
 */
class QuickHideTests extends ViewTest {

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void every_role_has_the_quick_hide_button_in_the_top_bar_with_its_shortcut_announced(Role role) {
		signInAs(RouteAccessTests.ACCOUNT_OF.get(role), role);
		open("");

		Button quickHide = find(Button.class).id("quick-hide");

		assertThat(quickHide.getText()).isEqualTo("Quick hide");
		assertThat(quickHide.getTooltip().getText()).contains("Ctrl+Shift+H").doesNotContain("Esc");
		assertThat(quickHide.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).startsWith("Quick hide"));
		assertThat(quickHide.getElement().getAttribute("aria-keyshortcuts")).as("the shortcut announced")
			.isEqualTo("Control+Shift+H");
		assertThat(quickHide.getParent().orElseThrow().getElement().getAttribute("slot")).as("in the top bar")
			.isEqualTo("navbar");
	}

	@Test
	void the_button_is_on_a_screen_other_than_home_too() {
		signInAs(DemoAccounts.CASEWORKER, Role.CASEWORKER);
		open("cases");
		assertThat(find(Button.class).id("quick-hide").isVisible()).isTrue();
	}

	@Test
	void the_script_that_hides_the_page_comes_with_the_layout() {
		assertThat(MainLayout.class.getAnnotationsByType(JavaScript.class)).extracting(JavaScript::value)
			.contains(QuickHide.SCRIPT);
	}

	@Test
	void the_chinese_top_bar_has_it_in_chinese() {
		signInAs(DemoAccounts.SECOND_CASEWORKER, Role.CASEWORKER);
		VaadinSession.getCurrent().setLocale(Languages.CHINESE);
		UI.getCurrent().setLocale(Languages.CHINESE);
		open("");
		UI.getCurrent().refreshCurrentRoute(true);
		Button quickHide = find(Button.class).id("quick-hide");
		assertThat(quickHide.getText()).isEqualTo("快速隐藏");
		assertThat(quickHide.getTooltip().getText()).contains("Ctrl+Shift+H").doesNotContain("Esc");
	}

}
