package org.haven.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in screen: navigation limited to what the user's roles
 * may open, who is signed in and as what, the language switch, sign-out and
 * {@link QuickHide quick hide}.
 */
@Layout
@PermitAll
@JavaScript(QuickHide.SCRIPT)
public class MainLayout extends AppLayout {

	private final transient AuthenticationContext authentication;

	private final transient SignedInUser signedInUser;

	MainLayout(AuthenticationContext authentication, SignedInUser signedInUser) {
		this.authentication = authentication;
		this.signedInUser = signedInUser;
		addClassName("haven-main-layout");
		Span title = new Span(getTranslation("app.name"));
		title.addClassName("haven-app-title");
		addToNavbar(new DrawerToggle(), title, userArea());
		addToDrawer(navigation());
		setPrimarySection(Section.DRAWER);
	}

	private SideNav navigation() {
		SideNav navigation = new SideNav();
		navigation.setId("main-navigation");
		MenuConfiguration.getMenuEntries()
			.forEach(entry -> navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
		return navigation;
	}

	private HorizontalLayout userArea() {
		String name = this.signedInUser.displayName()
			.orElseGet(() -> this.authentication.getPrincipalName().orElse(""));
		String roles = this.authentication.getGrantedRoles()
			.stream()
			.sorted()
			.map(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)))
			.collect(Collectors.joining(", "));
		Div who = new Div(new Span(name), new Span(roles));
		who.setId("signed-in-user");
		who.addClassName("haven-signed-in-user");

		LanguageSwitch languageSwitch = new LanguageSwitch(this.signedInUser::rememberLanguage);

		Button signOut = new Button(getTranslation("action.sign-out"), click -> this.authentication.logout());
		signOut.setId("sign-out");
		signOut.addThemeVariants(ButtonVariant.TERTIARY);

		HorizontalLayout area = new HorizontalLayout(who, languageSwitch, signOut, quickHide());
		area.addClassName("haven-user-area");
		area.setAlignItems(FlexComponent.Alignment.CENTER);
		return area;
	}

	/**
	 * No server listener: the script hides the page on the click itself, without waiting
	 * for a round trip.
	 */
	private Button quickHide() {
		Button quickHide = new Button(getTranslation("action.quick-hide"));
		quickHide.setId(QuickHide.BUTTON_ID);
		quickHide.setTooltipText(getTranslation("action.quick-hide.tooltip"));
		quickHide.setAriaLabel(getTranslation("action.quick-hide.aria-label"));
		quickHide.addThemeVariants(ButtonVariant.PRIMARY);
		return quickHide;
	}

}
