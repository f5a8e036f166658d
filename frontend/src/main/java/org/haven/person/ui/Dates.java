package org.haven.person.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates picked in the user's language. */
final class Dates {

	private Dates() {
	}

	static DatePicker.DatePickerI18n datePickerTexts(Component translator) {
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(Labels.currentLocale());
		return new DatePicker.DatePickerI18n().setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
			.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
			.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
			.setToday(translator.getTranslation("date.today"))
			.setCancel(translator.getTranslation("action.cancel"))
			.setFirstDayOfWeek(1)
			.setBadInputErrorMessage(translator.getTranslation("date.bad-input"));
	}

}
