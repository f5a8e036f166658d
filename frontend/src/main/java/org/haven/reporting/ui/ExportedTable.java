package org.haven.reporting.ui;

import java.util.ArrayList;
import java.util.List;

import org.haven.reporting.Cell;
import org.haven.reporting.ControlledTable;

/**
 * One table of a report as every export writes it, CSV or workbook alike: its heading,
 * the labels of its columns (the characteristic of the rows first, the total last) and a
 * line per row, then the totals, each figure as disclosure control let it through.
 */
record ExportedTable(String title, List<String> header, List<Line> lines) {

	ExportedTable {
		header = List.copyOf(header);
		lines = List.copyOf(lines);
	}

	/** A row's label and its figures, the row's total last. */
	record Line(String label, List<Cell> figures) {

		Line {
			figures = List.copyOf(figures);
		}

	}

	static ExportedTable of(ControlledTable table, ReportLabels labels, String title) {
		List<String> header = new ArrayList<>();
		header.add(labels.characteristic(table.rowsBy()));
		table.columns().forEach(column -> header.add(labels.value(table.columnsBy(), column)));
		header.add(labels.total());
		List<Line> lines = new ArrayList<>();
		for (int row = 0; row <= table.rows().size(); row++) {
			boolean totals = row == table.rows().size();
			List<Cell> figures = new ArrayList<>();
			for (int column = 0; column < table.columns().size(); column++) {
				figures.add(totals ? table.columnTotal(column) : table.cell(row, column));
			}
			figures.add(totals ? table.total() : table.rowTotal(row));
			lines.add(new Line(totals ? labels.total() : labels.value(table.rowsBy(), table.rows().get(row)), figures));
		}
		return new ExportedTable(title, header, lines);
	}

}
