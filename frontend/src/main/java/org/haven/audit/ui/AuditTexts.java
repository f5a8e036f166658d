package org.haven.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How the auditors' screens word actions, outcomes and times. */
final class AuditTexts {

	private AuditTexts() {
	}

	static String action(Component translator, String action) {
		return translator.getTranslation("audit.action." + action.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	static String outcome(Component translator, Enum<?> outcome) {
		return translator.getTranslation("audit.outcome." + outcome.name().toLowerCase(Locale.ROOT));
	}

	static String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneId.systemDefault())
			.format(instant);
	}

}
