package org.haven.reporting;

import java.time.LocalDate;
import java.time.Period;

import org.haven.shared.Problems;

/**
 * The days a report covers, both included: a case counts when it was open on any of them.
 * A period without a start or an end, ending before it starts, or longer than ten years
 * is refused on its fields.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	static final Period LONGEST = Period.ofYears(10);

	public ReportPeriod {
		Problems problems = new Problems();
		if (from == null) {
			problems.add("from", "validation.required");
		}
		if (to == null) {
			problems.add("to", "validation.required");
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add("to", "report.period.order");
			}
			else if (to.isAfter(from.plus(LONGEST))) {
				problems.add("to", "report.period.too-long");
			}
		}
		problems.throwIfAny();
	}

	/** The calendar year of a day, as the reports open by default. */
	public static ReportPeriod yearOf(LocalDate day) {
		return new ReportPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
	}

}
