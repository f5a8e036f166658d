package org.haven.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * Lets the user pick the language of every screen. The choice applies at once to the
 * whole session and is handed to {@code remember}, which may keep it for the next
 * sign-in.
 */
public class LanguageSwitch extends Select<Locale> {

	public LanguageSwitch(Consumer<Locale> remember) {
		setId("language-switch");
		setItems(Languages.SUPPORTED);
		setItemLabelGenerator(language -> getTranslation("language." + language.getLanguage()));
		setAriaLabel(getTranslation("language.switch"));
		setValue(Languages.match(UI.getCurrent().getLocale()).orElse(Languages.ENGLISH));
		addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				switchTo(change.getValue());
				remember.accept(change.getValue());
				UI.getCurrent().refreshCurrentRoute(true);
			}
		});
	}

	static void switchTo(Locale language) {
		VaadinSession.getCurrent().setLocale(language);
		UI.getCurrent().setLocale(language);
		UI.getCurrent().setDirection(Languages.direction(language));
	}

}
