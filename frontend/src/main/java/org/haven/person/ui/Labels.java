package org.haven.person.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.haven.person.Profile;
import org.haven.ui.UserLocale;

/**
 * Translated labels of coded values: the key is the enum's type and constant, in kebab
 * case.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(Component translator, Enum<?> value) {
		if (value == null) {
			return translator.getTranslation("person.not-asked");
		}
		return translator.getTranslation(keyOf(value));
	}

	public static String keyOf(Enum<?> value) {
		return "code." + kebab(value.getDeclaringClass().getSimpleName()) + "." + kebab(value.name());
	}

	public static String kebab(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
	}

	/** A country by its ISO code in the user's language, or one of the coded answers. */
	public static String country(Component translator, String code) {
		if (code == null) {
			return translator.getTranslation("person.not-asked");
		}
		if (Profile.NATIONALITY_ANSWERS.contains(code)) {
			return translator.getTranslation("code.nationality." + code.toLowerCase(Locale.ROOT));
		}
		return Locale.of("", code).getDisplayCountry(UserLocale.current());
	}

	static String language(Component translator, String code) {
		return Locale.of(code).getDisplayLanguage(UserLocale.current());
	}

}
