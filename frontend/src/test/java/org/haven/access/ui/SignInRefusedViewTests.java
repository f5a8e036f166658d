package org.haven.access.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.haven.ViewTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page of a refused sign-in, with Haven's own accounts. */
class SignInRefusedViewTests extends ViewTest {

	@Test
	void an_account_whose_roles_must_not_meet_is_told_why_and_how_to_go_on() {
		signOut();
		UI.getCurrent().navigate("signin-refused", QueryParameters.of("reason", "conflicting-roles"));

		assertThat(getCurrentView()).isInstanceOf(SignInRefusedView.class);
		assertThat($(Paragraph.class).id("signin-refused-reason").getText())
			.startsWith("Your account holds roles that must not be held together")
			.contains("Ask an administrator of your organisation to change your roles");
		assertThat($(Anchor.class).id("sign-in-again").getHref()).isEqualTo("/login");
		assertThat($(Anchor.class).all())
			.noneMatch(anchor -> anchor.getId().orElse("").equals("sign-in-as-someone-else"));
	}

	@Test
	void an_unknown_reason_in_the_address_gets_the_general_text() {
		signOut();
		UI.getCurrent().navigate("signin-refused", QueryParameters.of("reason", "<script>"));

		assertThat($(Paragraph.class).id("signin-refused-reason").getText())
			.isEqualTo("The sign-in did not work out, perhaps because it took too long. Please try again.");
	}

}
