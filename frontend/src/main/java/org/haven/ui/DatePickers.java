package org.haven.ui;

import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Every date picker in the user's language: month and day names, the first day of the
 * week, its buttons and the message for a date it cannot read. Dates it shows follow the
 * user's locale, as {@link UserLocale} formats them.
 */
public final class DatePickers {

	private DatePickers() {
	}

	/** Gives the picker the user's language and returns it. */
	public static DatePicker inUserLanguage(DatePicker picker) {
		Locale locale = UserLocale.current();
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
		picker.setLocale(locale);
		picker.setI18n(new DatePicker.DatePickerI18n().setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
			.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
			.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
			.setToday(picker.getTranslation("date.today"))
			.setCancel(picker.getTranslation("action.cancel"))
			.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
			.setBadInputErrorMessage(picker.getTranslation("date.bad-input")));
		return picker;
	}

}
