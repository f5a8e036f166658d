package org.haven.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cell suppression of one table with its totals. The table is seen as a grid whose last
 * row and column hold the totals; every row and every column of the grid is one equation
 * (its cells add up to its total). A reader who knows every shown figure can work a
 * suppressed one out exactly when, in the graph whose nodes are the grid's rows and
 * columns and whose edges are the suppressed figures, that figure's edge is a bridge (it
 * lies on no cycle). So, after the primary suppression of every count from 1 to k - 1:
 * <ul>
 * <li>a row or column with exactly one suppressed figure gets a second one, and one whose
 * total is shown but whose suppressed figures add up to less than k gets another, so that
 * even their sum says nothing below k;</li>
 * <li>a suppressed figure on no cycle is put on one: the cheapest rectangle through it
 * (three more figures, totals only where nothing else will do);</li>
 * </ul>
 * until nothing changes. Each round suppresses at least one more figure, so it ends.
 */
final class Suppression {

	/**
	 * What suppressing a total costs beside a cell: keep the margins readable where
	 * possible.
	 */
	private static final long TOTAL_PENALTY = 1_000_000L;

	private final long[][] values;

	private final boolean[][] suppressed;

	private final int height;

	private final int width;

	private final int k;

	Suppression(CountTable table, int k) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		this.height = rows + 1;
		this.width = columns + 1;
		this.k = k;
		this.values = new long[this.height][this.width];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				this.values[row][column] = table.count(row, column);
			}
			this.values[row][columns] = table.rowTotal(row);
		}
		for (int column = 0; column < columns; column++) {
			this.values[rows][column] = table.columnTotal(column);
		}
		this.values[rows][columns] = table.total();
		this.suppressed = new boolean[this.height][this.width];
		for (int row = 0; row < this.height; row++) {
			for (int column = 0; column < this.width; column++) {
				long value = this.values[row][column];
				this.suppressed[row][column] = value > 0 && value < k;
			}
		}
	}

	/** Suppresses until stable; returns whether anything changed. */
	boolean complete() {
		boolean changed = false;
		while (lines() || cycles()) {
			changed = true;
		}
		return changed;
	}

	/**
	 * The totals of a margin, the grand total last: the row totals when {@code rows},
	 * else the column totals.
	 */
	List<int[]> marginTotals(boolean rows) {
		return rows ? entriesOfColumn(this.width - 1) : entriesOfRow(this.height - 1);
	}

	/** The entries of one row of the table, its total last. */
	List<int[]> row(int row) {
		return entriesOfRow(row);
	}

	boolean isSuppressed(int[] entry) {
		return this.suppressed[entry[0]][entry[1]];
	}

	/**
	 * Suppresses a total that another table shows alike; returns whether it was shown.
	 */
	boolean suppress(int[] entry) {
		if (isSuppressed(entry)) {
			return false;
		}
		this.suppressed[entry[0]][entry[1]] = true;
		return true;
	}

	Cell[][] cells() {
		Cell[][] cells = new Cell[this.height][this.width];
		for (int row = 0; row < this.height; row++) {
			for (int column = 0; column < this.width; column++) {
				cells[row][column] = this.suppressed[row][column] ? new Cell.Suppressed(this.k)
						: new Cell.Shown(this.values[row][column]);
			}
		}
		return cells;
	}

	/**
	 * The line rules, for every row and column of the grid; true when one was applied.
	 */
	private boolean lines() {
		for (int row = 0; row < this.height; row++) {
			if (line(entriesOfRow(row))) {
				return true;
			}
		}
		for (int column = 0; column < this.width; column++) {
			if (line(entriesOfColumn(column))) {
				return true;
			}
		}
		return false;
	}

	/** A line's entries, its total last. */
	private List<int[]> entriesOfRow(int row) {
		List<int[]> entries = new ArrayList<>();
		for (int column = 0; column < this.width; column++) {
			entries.add(new int[] { row, column });
		}
		return entries;
	}

	private List<int[]> entriesOfColumn(int column) {
		List<int[]> entries = new ArrayList<>();
		for (int row = 0; row < this.height; row++) {
			entries.add(new int[] { row, column });
		}
		return entries;
	}

	private boolean line(List<int[]> entries) {
		int count = 0;
		long sum = 0;
		for (int[] entry : entries.subList(0, entries.size() - 1)) {
			if (isSuppressed(entry)) {
				count++;
				sum += value(entry);
			}
		}
		int[] total = entries.getLast();
		boolean totalSuppressed = isSuppressed(total);
		int suppressedInLine = count + (totalSuppressed ? 1 : 0);
		boolean single = suppressedInLine == 1;
		boolean smallSum = !totalSuppressed && count > 0 && sum < this.k;
		if (!single && !smallSum) {
			return false;
		}
		int[] cheapest = null;
		for (int[] entry : entries) {
			if (!isSuppressed(entry) && (cheapest == null || cost(entry, smallSum) < cost(cheapest, smallSum))) {
				cheapest = entry;
			}
		}
		if (cheapest == null) {
			return false;
		}
		this.suppressed[cheapest[0]][cheapest[1]] = true;
		return true;
	}

	/**
	 * What suppressing an entry costs: its count, far more for a total; when the sum of a
	 * line's suppressed counts must reach k, an empty cell would not help and comes last
	 * among the cells.
	 */
	private long cost(int[] entry, boolean needsCount) {
		long cost = value(entry);
		if (isTotal(entry)) {
			cost += TOTAL_PENALTY;
		}
		if (needsCount && value(entry) == 0) {
			cost += TOTAL_PENALTY / 2;
		}
		return cost;
	}

	/** Puts one suppressed figure that lies on no cycle onto one; true when it did. */
	private boolean cycles() {
		int[] bridge = bridge();
		if (bridge == null) {
			return false;
		}
		int row = bridge[0];
		int column = bridge[1];
		long best = Long.MAX_VALUE;
		int[][] rectangle = null;
		for (int otherRow = 0; otherRow < this.height; otherRow++) {
			for (int otherColumn = 0; otherColumn < this.width; otherColumn++) {
				if (otherRow == row || otherColumn == column) {
					continue;
				}
				int[][] corners = { { row, otherColumn }, { otherRow, column }, { otherRow, otherColumn } };
				long cost = Arrays.stream(corners)
					.filter(corner -> !isSuppressed(corner))
					.mapToLong(corner -> cost(corner, false))
					.sum();
				if (cost < best) {
					best = cost;
					rectangle = corners;
				}
			}
		}
		if (rectangle == null) {
			return false;
		}
		for (int[] corner : rectangle) {
			this.suppressed[corner[0]][corner[1]] = true;
		}
		return true;
	}

	/**
	 * A suppressed figure whose edge is a bridge of the graph of rows and columns, found
	 * by Tarjan's bridge search; none when every suppressed figure lies on a cycle.
	 */
	private int[] bridge() {
		int nodes = this.height + this.width;
		List<List<int[]>> adjacent = new ArrayList<>();
		for (int node = 0; node < nodes; node++) {
			adjacent.add(new ArrayList<>());
		}
		int edge = 0;
		List<int[]> edges = new ArrayList<>();
		for (int row = 0; row < this.height; row++) {
			for (int column = 0; column < this.width; column++) {
				if (this.suppressed[row][column]) {
					adjacent.get(row).add(new int[] { this.height + column, edge });
					adjacent.get(this.height + column).add(new int[] { row, edge });
					edges.add(new int[] { row, column });
					edge++;
				}
			}
		}
		int[] discovered = new int[nodes];
		int[] low = new int[nodes];
		Arrays.fill(discovered, -1);
		int[] time = { 0 };
		for (int start = 0; start < nodes; start++) {
			if (discovered[start] < 0) {
				int found = bridgeFrom(start, -1, adjacent, discovered, low, time);
				if (found >= 0) {
					return edges.get(found);
				}
			}
		}
		return null;
	}

	private static int bridgeFrom(int node, int viaEdge, List<List<int[]>> adjacent, int[] discovered, int[] low,
			int[] time) {
		discovered[node] = time[0];
		low[node] = time[0];
		time[0]++;
		for (int[] next : adjacent.get(node)) {
			int neighbour = next[0];
			int edge = next[1];
			if (edge == viaEdge) {
				continue;
			}
			if (discovered[neighbour] < 0) {
				int found = bridgeFrom(neighbour, edge, adjacent, discovered, low, time);
				if (found >= 0) {
					return found;
				}
				low[node] = Math.min(low[node], low[neighbour]);
				if (low[neighbour] > discovered[node]) {
					return edge;
				}
			}
			else {
				low[node] = Math.min(low[node], discovered[neighbour]);
			}
		}
		return -1;
	}

	private long value(int[] entry) {
		return this.values[entry[0]][entry[1]];
	}

	private boolean isTotal(int[] entry) {
		return entry[0] == this.height - 1 || entry[1] == this.width - 1;
	}

}
