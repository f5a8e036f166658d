package org.haven.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * The one place that knows the user's locale and time zone and formats dates and times
 * for them: every screen formats through here, so that a language or zone chosen later
 * applies everywhere at once. Outside a screen (no UI) it is English.
 */
public final class UserLocale {

	private UserLocale() {
	}

	public static Locale current() {
		UI ui = UI.getCurrent();
		return ui == null ? Locale.ENGLISH : ui.getLocale();
	}

	public static ZoneId zone() {
		return ZoneId.systemDefault();
	}

	/** Today, in the user's time zone. */
	public static LocalDate today() {
		return LocalDate.now(zone());
	}

	/** A calendar date, such as a date of birth or a follow-up day; empty for none. */
	public static String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(current()).format(date);
	}

	/** When something happened, to the minute; empty for never. */
	public static String dateTime(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
	}

	/** When something happened, to the second, as audit and key screens show it. */
	public static String preciseDateTime(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM));
	}

	/** The time of day only, for something that happened moments ago. */
	public static String time(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
	}

	private static String format(Instant instant, DateTimeFormatter style) {
		return instant == null ? "" : style.withLocale(current()).withZone(zone()).format(instant);
	}

}
