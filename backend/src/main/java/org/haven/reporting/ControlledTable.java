package org.haven.reporting;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * A table as it may be shown or exported, after disclosure control: every cell, row
 * total, column total and the grand total either shown or suppressed. It keeps no number
 * of a suppressed cell, so neither a screen, a chart nor an export built from it can
 * reveal one.
 */
public final class ControlledTable {

	private final String rowsBy;

	private final List<String> rows;

	private final String columnsBy;

	private final List<String> columns;

	/**
	 * The cells with their totals: the last row holds the column totals, the last column
	 * the row totals.
	 */
	private final Cell[][] grid;

	private final int k;

	private final CountTable.@Nullable Of columnsOf;

	ControlledTable(CountTable table, Cell[][] grid, int k) {
		this.columnsOf = table.columnsOf();
		this.rowsBy = table.rowsBy();
		this.rows = table.rows();
		this.columnsBy = table.columnsBy();
		this.columns = table.columns();
		this.grid = grid;
		this.k = k;
	}

	public String rowsBy() {
		return this.rowsBy;
	}

	public List<String> rows() {
		return this.rows;
	}

	public String columnsBy() {
		return this.columnsBy;
	}

	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The value of another characteristic the columns' one is of (the domain whose change
	 * they count), if any.
	 */
	public Optional<CountTable.Of> columnsOf() {
		return Optional.ofNullable(this.columnsOf);
	}

	/** The k this table was controlled with: no shown count lies between 1 and k - 1. */
	public int k() {
		return this.k;
	}

	public Cell cell(int row, int column) {
		return this.grid[row][column];
	}

	public Cell rowTotal(int row) {
		return this.grid[row][this.columns.size()];
	}

	public Cell columnTotal(int column) {
		return this.grid[this.rows.size()][column];
	}

	public Cell total() {
		return this.grid[this.rows.size()][this.columns.size()];
	}

	/**
	 * A cell's share of its row total, when both are shown; none when either is
	 * suppressed, so that a percentage never gives a suppressed count away.
	 */
	public OptionalDouble shareOfRow(int row, int column) {
		return share(cell(row, column), rowTotal(row));
	}

	/** A cell's share of its column total, when both are shown. */
	public OptionalDouble shareOfColumn(int row, int column) {
		return share(cell(row, column), columnTotal(column));
	}

	private static OptionalDouble share(Cell part, Cell whole) {
		if (part instanceof Cell.Shown shownPart && whole instanceof Cell.Shown shownWhole && shownWhole.count() > 0) {
			return OptionalDouble.of((double) shownPart.count() / shownWhole.count());
		}
		return OptionalDouble.empty();
	}

}
