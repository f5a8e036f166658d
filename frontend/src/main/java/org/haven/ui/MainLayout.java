package org.haven.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in screen: navigation limited to what the user's roles
 * may open, with the {@link MenuBadge number of items waiting} on an entry kept current
 * (pushed from the server, and told at once when it grows), who is signed in and as what,
 * the language switch, sign-out and {@link QuickHide quick hide}.
 */
@Layout
@PermitAll
@JavaScript(QuickHide.SCRIPT)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final transient AuthenticationContext authentication;

	private final transient SignedInUser signedInUser;

	private final transient Map<MenuBadge, Span> badges = new LinkedHashMap<>();

	private final Map<MenuBadge, Integer> counted = new HashMap<>();

	private final transient List<Registration> listening = new ArrayList<>();

	MainLayout(AuthenticationContext authentication, SignedInUser signedInUser, List<MenuBadge> badges) {
		this.authentication = authentication;
		this.signedInUser = signedInUser;
		addClassName("haven-main-layout");
		Span title = new Span(getTranslation("app.name"));
		title.addClassName("haven-app-title");
		addToNavbar(new DrawerToggle(), title, userArea());
		addToDrawer(navigation(badges));
		setPrimarySection(Section.DRAWER);
	}

	private SideNav navigation(List<MenuBadge> available) {
		SideNav navigation = new SideNav();
		navigation.setId("main-navigation");
		MenuConfiguration.getMenuEntries().forEach(entry -> {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			available.stream().filter(badge -> samePath(badge.path(), entry.path())).findFirst().ifPresent(badge -> {
				Span number = new Span();
				number.getElement().getThemeList().add("badge pill small");
				number.setId("badge-" + badge.path().replace('/', '-'));
				number.setVisible(false);
				item.setSuffixComponent(number);
				this.badges.put(badge, number);
			});
			navigation.addItem(item);
		});
		return navigation;
	}

	private static boolean samePath(String badge, String entry) {
		return strip(badge).equals(strip(entry));
	}

	private static String strip(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		this.badges.keySet()
			.forEach(badge -> this.listening.add(badge.onChange(() -> ui.access(() -> refreshBadge(badge, true)))));
		refreshBadges(false);
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		this.listening.forEach(Registration::remove);
		this.listening.clear();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refreshBadges(false);
	}

	/** Counts every badge again; with {@code tell}, says so when one grew. */
	void refreshBadges(boolean tell) {
		this.badges.keySet().forEach(badge -> refreshBadge(badge, tell));
	}

	private void refreshBadge(MenuBadge badge, boolean tell) {
		int count = badge.count();
		Span number = this.badges.get(badge);
		number.setText(Integer.toString(count));
		number.setVisible(count > 0);
		Integer before = this.counted.put(badge, count);
		if (tell && before != null && count > before) {
			Notification notification = Notification.show(getTranslation(badge.growthMessageKey(), count), 10_000,
					Notification.Position.TOP_END);
			notification.addThemeVariants(NotificationVariant.WARNING);
			notification.setId("badge-news");
		}
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
		// screen readers announce the shortcut with the button (WAI-ARIA
		// aria-keyshortcuts)
		quickHide.getElement().setAttribute("aria-keyshortcuts", "Control+Shift+H");
		quickHide.addThemeVariants(ButtonVariant.PRIMARY);
		return quickHide;
	}

}
