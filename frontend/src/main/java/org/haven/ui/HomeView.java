package org.haven.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where everyone lands after signing in: what needs doing now, from the feature modules'
 * {@link HomePart}s, and what each of their roles lets them do here.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0)
class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(AuthenticationContext authentication, SignedInUser signedInUser, List<HomePart> parts) {
		setId("home-view");
		String name = signedInUser.displayName().orElseGet(() -> authentication.getPrincipalName().orElse(""));
		add(new H1(getTranslation("home.welcome", name)));
		add(new Paragraph(getTranslation("home.intro")));
		parts.stream()
			.sorted(Comparator.comparingInt(HomePart::getOrder))
			.map(HomePart::newPart)
			.flatMap(Optional::stream)
			.forEach(this::add);
		authentication.getGrantedRoles().stream().sorted().forEach(role -> {
			String key = role.toLowerCase(Locale.ROOT);
			add(new H2(getTranslation("role." + key)), new Paragraph(getTranslation("home.role." + key)));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name");
	}

}
