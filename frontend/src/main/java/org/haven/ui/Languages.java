package org.haven.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import org.haven.shared.LanguageTags;

/**
 * The languages Haven's screens are translated into: the six official languages of the
 * United Nations, English first as the fallback. Arabic reads right to left.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale ARABIC = Locale.of("ar");

	public static final Locale CHINESE = Locale.CHINESE;

	public static final Locale FRENCH = Locale.FRENCH;

	public static final Locale RUSSIAN = Locale.of("ru");

	public static final Locale SPANISH = Locale.of("es");

	/**
	 * In the order of {@link LanguageTags#ALL}, the one list of languages Haven speaks.
	 */
	public static final List<Locale> SUPPORTED = LanguageTags.ALL.stream().map(Locale::forLanguageTag).toList();

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

	/** Which way the screens of a language read. */
	public static Direction direction(Locale language) {
		return language != null && ARABIC.getLanguage().equals(language.getLanguage()) ? Direction.RIGHT_TO_LEFT
				: Direction.LEFT_TO_RIGHT;
	}

	/**
	 * Tells the browser the page's language and direction: screen readers pick their
	 * voice by it, and the layout mirrors for a language read right to left.
	 */
	public static void applyTo(UI ui, Locale language) {
		ui.setDirection(direction(language));
		ui.getPage().executeJs("document.documentElement.lang = $0", language.getLanguage());
	}

	/** The supported language for a stored language tag, or English. */
	public static Locale fromTag(String tag) {
		return tag == null ? ENGLISH : match(Locale.forLanguageTag(tag)).orElse(ENGLISH);
	}

}
