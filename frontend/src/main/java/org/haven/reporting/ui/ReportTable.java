package org.haven.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.reporting.Cell;
import org.haven.reporting.ControlledTable;
import org.haven.ui.EChart;

/**
 * One table of a report: a row per value of its first characteristic, a column per value
 * of the second, the totals last, and a chart of the same figures beside it. Only what
 * disclosure control let through: a hidden figure reads "hidden" and has no bar.
 */
class ReportTable extends VerticalLayout {

	ReportTable(String id, ControlledTable table, ReportLabels labels) {
		setPadding(false);
		setId(id);
		String rowsBy = labels.characteristic(table.rowsBy());
		String title = labels.tableTitle(table);
		add(new H2(title));
		int rows = table.rows().size();
		int columns = table.columns().size();
		Grid<Integer> grid = new Grid<>();
		grid.setId(id + "-grid");
		grid.setAllRowsVisible(true);
		grid.addColumn(row -> row == rows ? labels.total() : labels.value(table.rowsBy(), table.rows().get(row)))
			.setHeader(rowsBy)
			.setKey("row")
			.setAutoWidth(true)
			.setFrozen(true);
		for (int column = 0; column < columns; column++) {
			int at = column;
			grid.addColumn(row -> labels.figure(row == rows ? table.columnTotal(at) : table.cell(row, at)))
				.setHeader(labels.value(table.columnsBy(), table.columns().get(column)))
				.setKey("c" + column)
				.setAutoWidth(true);
		}
		grid.addColumn(row -> labels.figure(row == rows ? table.total() : table.rowTotal(row)))
			.setHeader(labels.total())
			.setKey("total")
			.setAutoWidth(true);
		grid.setItems(IntStream.rangeClosed(0, rows).boxed().toList());
		EChart chart = new EChart(id + "-chart");
		chart.setAccessibleLabel(getTranslation("report.chart.label", title));
		chart.show(option(table, labels));
		add(grid, chart);
	}

	/**
	 * Bars stacked by the second characteristic, one per value of the first, drawn from
	 * the controlled table only: a hidden figure has no bar at all.
	 */
	private static Map<String, Object> option(ControlledTable table, ReportLabels labels) {
		List<String> categories = table.rows().stream().map(code -> labels.value(table.rowsBy(), code)).toList();
		List<Map<String, Object>> series = new ArrayList<>();
		for (int column = 0; column < table.columns().size(); column++) {
			List<Long> data = new ArrayList<>();
			for (int row = 0; row < table.rows().size(); row++) {
				data.add(table.cell(row, column) instanceof Cell.Shown shown ? shown.count() : null);
			}
			Map<String, Object> bars = new LinkedHashMap<>();
			bars.put("name", labels.value(table.columnsBy(), table.columns().get(column)));
			bars.put("type", "bar");
			bars.put("stack", "persons");
			bars.put("data", data);
			series.add(bars);
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("legend", Map.of("type", "scroll"));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "category", "data", categories));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series", series);
		return option;
	}

}
