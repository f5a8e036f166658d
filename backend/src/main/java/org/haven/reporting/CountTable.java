package org.haven.reporting;

import java.util.Arrays;
import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * Counts of persons by two characteristics, before disclosure control: one row per value
 * of {@link #rowsBy()}, one column per value of {@link #columnsBy()}. Totals are derived,
 * never given, so that they always add up. Two tables of one report with a margin in
 * common (sex by age band, sex by form of exploitation) share its totals.
 */
public record CountTable(String rowsBy, List<String> rows, String columnsBy, List<String> columns, long[][] counts) {

	public CountTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		if (rows.isEmpty() || columns.isEmpty() || counts.length != rows.size()) {
			throw new InvalidInputException(Problem.ofForm("report.table.shape"));
		}
		long[][] copy = new long[counts.length][];
		for (int row = 0; row < counts.length; row++) {
			if (counts[row].length != columns.size() || Arrays.stream(counts[row]).anyMatch(count -> count < 0)) {
				throw new InvalidInputException(Problem.ofForm("report.table.shape"));
			}
			copy[row] = counts[row].clone();
		}
		counts = copy;
	}

	public long count(int row, int column) {
		return this.counts[row][column];
	}

	public long rowTotal(int row) {
		return Arrays.stream(this.counts[row]).sum();
	}

	public long columnTotal(int column) {
		return Arrays.stream(this.counts).mapToLong(row -> row[column]).sum();
	}

	public long total() {
		return Arrays.stream(this.counts).flatMapToLong(Arrays::stream).sum();
	}

	/**
	 * One of the table's margins, the rows or the columns: two tables whose margins are
	 * equal show the same totals there.
	 */
	Margin margin(boolean rows) {
		return rows ? new Margin(this.rowsBy, this.rows) : new Margin(this.columnsBy, this.columns);
	}

	record Margin(String by, List<String> values) {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CountTable table && this.rowsBy.equals(table.rowsBy) && this.rows.equals(table.rows)
				&& this.columnsBy.equals(table.columnsBy) && this.columns.equals(table.columns)
				&& Arrays.deepEquals(this.counts, table.counts);
	}

	@Override
	public int hashCode() {
		return 31 * this.rowsBy.hashCode() + Arrays.deepHashCode(this.counts);
	}

	@Override
	public String toString() {
		return "CountTable[" + this.rowsBy + " x " + this.columnsBy + ", " + Arrays.deepToString(this.counts) + "]";
	}

}
