package org.haven.reporting.ui;

import java.text.NumberFormat;

import com.vaadin.flow.component.Component;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.ui.Labels;
import org.haven.reporting.Cell;
import org.haven.reporting.Reports;
import org.haven.ui.UserLocale;

/**
 * How a report reads: its characteristics and their values in the user's language, and
 * each figure as a number in the user's way of writing numbers, or "hidden".
 */
final class ReportLabels {

	private ReportLabels() {
	}

	static String characteristic(Component translator, String by) {
		return translator.getTranslation("report.by." + Labels.kebab(by.replace(' ', '_')));
	}

	static String value(Component translator, String by, String code) {
		if (Reports.NOT_RECORDED.equals(code)) {
			return translator.getTranslation("report.not-recorded");
		}
		return switch (by) {
			case "sex" -> Labels.of(translator, Gender.valueOf(code));
			case "age band" -> Labels.of(translator, AgeBand.valueOf(code));
			case "nationality" -> Labels.country(translator, code);
			default -> code;
		};
	}

	static String figure(Component translator, Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> NumberFormat.getIntegerInstance(UserLocale.current()).format(shown.count());
			case Cell.Suppressed _ -> translator.getTranslation("report.hidden");
		};
	}

}
