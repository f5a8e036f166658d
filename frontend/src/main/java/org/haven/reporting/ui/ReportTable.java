package org.haven.reporting.ui;

import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.reporting.ControlledTable;

/**
 * One table of a report: a row per value of its first characteristic, a column per value
 * of the second, the totals last. Only what disclosure control let through: a hidden
 * figure reads "hidden".
 */
class ReportTable extends VerticalLayout {

	ReportTable(String id, ControlledTable table) {
		setPadding(false);
		setId(id);
		String rowsBy = ReportLabels.characteristic(this, table.rowsBy());
		String columnsBy = ReportLabels.characteristic(this, table.columnsBy());
		add(new H2(getTranslation("report.table.title", rowsBy, columnsBy)));
		int rows = table.rows().size();
		int columns = table.columns().size();
		Grid<Integer> grid = new Grid<>();
		grid.setId(id + "-grid");
		grid.setAllRowsVisible(true);
		grid.addColumn(row -> row == rows ? getTranslation("report.total")
				: ReportLabels.value(this, table.rowsBy(), table.rows().get(row)))
			.setHeader(rowsBy)
			.setKey("row")
			.setAutoWidth(true)
			.setFrozen(true);
		for (int column = 0; column < columns; column++) {
			int at = column;
			grid.addColumn(row -> ReportLabels.figure(this, row == rows ? table.columnTotal(at) : table.cell(row, at)))
				.setHeader(ReportLabels.value(this, table.columnsBy(), table.columns().get(column)))
				.setKey("c" + column)
				.setAutoWidth(true);
		}
		grid.addColumn(row -> ReportLabels.figure(this, row == rows ? table.total() : table.rowTotal(row)))
			.setHeader(getTranslation("report.total"))
			.setKey("total")
			.setAutoWidth(true);
		grid.setItems(IntStream.rangeClosed(0, rows).boxed().toList());
		add(grid);
	}

}
