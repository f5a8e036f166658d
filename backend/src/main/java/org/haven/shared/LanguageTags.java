package org.haven.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages Haven is written in, by their tags: the six official languages of the
 * United Nations. Everything a user reads exists in each of them, the reference lists'
 * labels included; English is the fallback while a further language is being added.
 */
public final class LanguageTags {

	public static final String FALLBACK = "en";

	public static final List<String> ALL = List.of(FALLBACK, "ar", "zh", "fr", "ru", "es");

	private LanguageTags() {
	}

	/** The tag Haven keeps texts under for this locale: its language alone. */
	public static String of(Locale locale) {
		return locale == null ? FALLBACK : locale.getLanguage();
	}

}
