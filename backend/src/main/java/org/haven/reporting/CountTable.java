package org.haven.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Counts of persons by two characteristics, before disclosure control: one row per value
 * of {@link #rowsBy()}, one column per value of {@link #columnsBy()}. Totals are derived,
 * never given, so that they always add up. Two tables of one report with a margin in
 * common (sex by age band, sex by form of exploitation) share its totals. The columns'
 * characteristic may be of one value of another ({@link #columnsOf()}: the change in one
 * domain): the column totals of such a table are then the row of that value in a table by
 * that other characteristic (domain by change).
 */
public record CountTable(String rowsBy, List<String> rows, String columnsBy, List<String> columns, long[][] counts,
		@Nullable Of columnsOf) {

	public CountTable(String rowsBy, List<String> rows, String columnsBy, List<String> columns, long[][] counts) {
		this(rowsBy, rows, columnsBy, columns, counts, null);
	}

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
		return rows ? new Margin(this.rowsBy, null, this.rows)
				: new Margin(this.columnsBy, this.columnsOf, this.columns);
	}

	/**
	 * Whether this table's column totals are the row {@code row} of {@code other}: that
	 * row is the value this table's columns are of, with the same columns.
	 */
	boolean columnTotalsAreRowOf(CountTable other, int row) {
		return this.columnsOf != null && other.columnsOf == null
				&& this.columnsOf.equals(new Of(other.rowsBy, other.rows.get(row)))
				&& this.columnsBy.equals(other.columnsBy) && this.columns.equals(other.columns);
	}

	record Margin(String by, @Nullable Of of, List<String> values) {
	}

	/** One value of a characteristic: the domain SAFETY, say. */
	public record Of(String by, String value) {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CountTable table && this.rowsBy.equals(table.rowsBy) && this.rows.equals(table.rows)
				&& this.columnsBy.equals(table.columnsBy) && this.columns.equals(table.columns)
				&& Objects.equals(this.columnsOf, table.columnsOf) && Arrays.deepEquals(this.counts, table.counts);
	}

	@Override
	public int hashCode() {
		return 31 * this.rowsBy.hashCode() + Arrays.deepHashCode(this.counts);
	}

	@Override
	public String toString() {
		return "CountTable[" + this.rowsBy + " x " + this.columnsBy
				+ (this.columnsOf == null ? "" : " of " + this.columnsOf) + ", " + Arrays.deepToString(this.counts)
				+ "]";
	}

}
