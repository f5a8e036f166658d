package org.haven.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Haven's screens are translated into, English first as the fallback. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale CHINESE = Locale.CHINESE;

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

	private Languages() {
	}

	/** The supported language that matches {@code requested} by language, if any. */
	public static Optional<Locale> match(Locale requested) {
		if (requested == null) {
			return Optional.empty();
		}
		return SUPPORTED.stream()
			.filter(supported -> supported.getLanguage().equals(requested.getLanguage()))
			.findFirst();
	}

	/** The supported language for a stored language tag, or English. */
	public static Locale fromTag(String tag) {
		return tag == null ? ENGLISH : match(Locale.forLanguageTag(tag)).orElse(ENGLISH);
	}

}
