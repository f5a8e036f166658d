package org.haven.ui;

import com.vaadin.flow.component.UI;

/** Where any screen may lead within the shell, by the screen's class. */
public final class ShellNavigation {

	private ShellNavigation() {
	}

	public static void toHome() {
		UI.getCurrent().navigate(HomeView.class);
	}

}
