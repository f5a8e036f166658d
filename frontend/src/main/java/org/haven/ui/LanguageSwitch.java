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

	/** The session attribute holding a language chosen on the sign-in page. */
	static final String CHOSEN_BEFORE_SIGN_IN = LanguageSwitch.class.getName() + ".chosenBeforeSignIn";

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

	/**
	 * The switch of the sign-in page: the choice applies at once and, once the user has
	 * signed in, becomes their remembered language.
	 */
	public static LanguageSwitch beforeSignIn() {
		return new LanguageSwitch(language -> VaadinSession.getCurrent().setAttribute(CHOSEN_BEFORE_SIGN_IN, language));
	}

	static void switchTo(Locale language) {
		VaadinSession.getCurrent().setLocale(language);
		UI.getCurrent().setLocale(language);
		Languages.applyTo(UI.getCurrent(), language);
	}

}
