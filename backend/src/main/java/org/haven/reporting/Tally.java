package org.haven.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A count table being filled, one person (or case) at a time: rows in the order given, a
 * row for a value met but not given added before the row for what is not recorded.
 */
final class Tally {

	private final String rowsBy;

	private final String columnsBy;

	private final List<String> columns;

	private final Map<String, long[]> rows = new LinkedHashMap<>();

	private final CountTable.@Nullable Of columnsOf;

	Tally(String rowsBy, List<String> rows, String columnsBy, List<String> columns) {
		this(rowsBy, rows, columnsBy, columns, null);
	}

	/**
	 * A tally whose columns' characteristic is of one value of another (see
	 * {@link CountTable}).
	 */
	Tally(String rowsBy, List<String> rows, String columnsBy, List<String> columns, CountTable.@Nullable Of columnsOf) {
		this.columnsOf = columnsOf;
		this.rowsBy = rowsBy;
		this.columnsBy = columnsBy;
		this.columns = List.copyOf(columns);
		rows.forEach(row -> this.rows.put(row, new long[columns.size()]));
	}

	/** A row shown even where nobody counts in it. */
	void row(String row) {
		this.rows.computeIfAbsent(row, unknown -> new long[this.columns.size()]);
	}

	void count(String row, String column) {
		int at = this.columns.indexOf(column);
		if (at < 0) {
			throw new IllegalArgumentException("No column " + column + " by " + this.columnsBy);
		}
		this.rows.computeIfAbsent(row, unknown -> new long[this.columns.size()])[at]++;
	}

	CountTable table() {
		List<String> order = new ArrayList<>(this.rows.keySet());
		if (order.remove(Reports.NOT_RECORDED)) {
			order.add(Reports.NOT_RECORDED);
		}
		if (order.isEmpty()) {
			order.add(Reports.NOT_RECORDED);
			this.rows.put(Reports.NOT_RECORDED, new long[this.columns.size()]);
		}
		long[][] counts = order.stream().map(this.rows::get).toArray(long[][]::new);
		return new CountTable(this.rowsBy, order, this.columnsBy, this.columns, counts, this.columnsOf);
	}

}
