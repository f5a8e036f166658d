package org.haven.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every string a user reads, from {@code i18n/messages*.properties}. A missing key shows
 * as {@code !key!} and is logged, and the i18n tests fail on it long before a user could
 * see it.
 */
@Component
public class Translations implements I18NProvider {

	static final String BUNDLE = "i18n.messages";

	static final char FIRST_STRONG_ISOLATE = '\u2068';

	static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

	/** A placeholder as MessageFormat reads it: {0}, {0,number}, {1,date,short}. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^{}]*)?}");

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return Languages.SUPPORTED;
	}

	@Override
	public Locale getDefaultLocale() {
		return Languages.ENGLISH;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... arguments) {
		Locale language = Languages.match(locale).orElse(Languages.ENGLISH);
		ResourceBundle bundle = bundle(language);
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation for key {} in {}", key, language);
			return "!" + key + "!";
		}
		if (arguments.length == 0) {
			return pattern;
		}
		if (Languages.direction(language) == Direction.RIGHT_TO_LEFT) {
			pattern = isolated(pattern);
		}
		return new MessageFormat(pattern, language).format(arguments);
	}

	/**
	 * Each value set in a right-to-left sentence is isolated (Unicode's first strong
	 * isolate, then pop directional isolate), so that a case code, a date or a name in
	 * Latin letters reads as written and does not reorder the words around it.
	 */
	static String isolated(String pattern) {
		return PLACEHOLDER.matcher(pattern)
			.replaceAll(placeholder -> Matcher
				.quoteReplacement(FIRST_STRONG_ISOLATE + placeholder.group() + POP_DIRECTIONAL_ISOLATE));
	}

	static ResourceBundle bundle(Locale language) {
		return ResourceBundle.getBundle(BUNDLE, language.equals(Languages.ENGLISH) ? Locale.ROOT : language,
				NO_FALLBACK_TO_SYSTEM_LOCALE);
	}

}
