package org.haven.reporting;

import java.util.List;

/**
 * A report as a screen or an export may show it: its tables after disclosure control, for
 * a period, under a k. Every figure in it came through {@link DisclosureControl}.
 */
public record Report(ReportKind kind, ReportPeriod period, int k, List<ControlledTable> tables) {

	public Report {
		tables = List.copyOf(tables);
	}

}
