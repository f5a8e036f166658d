package org.haven.reporting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader can work out: every row and column of every table is an equation (its
 * cells add up to its total) in the suppressed figures, the shown ones being known. A
 * suppressed figure is given away when the equations fix it, whatever the others are:
 * when its unit vector lies in their span. Ranks are exact, over the integers.
 */
final class Equations {

	private final Map<String, Integer> unknowns = new LinkedHashMap<>();

	private final List<Map<String, Long>> equations = new ArrayList<>();

	/**
	 * The equations of one table; totals of a margin shared with another table are the
	 * same unknowns in both.
	 */
	void add(CountTable table, ControlledTable controlled, String label) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		for (int row = 0; row <= rows; row++) {
			Map<String, Long> equation = new LinkedHashMap<>();
			for (int column = 0; column < columns; column++) {
				term(equation, table, controlled, label, row, column, 1);
			}
			term(equation, table, controlled, label, row, columns, -1);
			this.equations.add(equation);
		}
		for (int column = 0; column <= columns; column++) {
			Map<String, Long> equation = new LinkedHashMap<>();
			for (int row = 0; row < rows; row++) {
				term(equation, table, controlled, label, row, column, 1);
			}
			term(equation, table, controlled, label, rows, column, -1);
			this.equations.add(equation);
		}
	}

	/**
	 * The row {@code row} of one table is the column totals of another (domain by change,
	 * and sex by the change in that domain): each figure of the one equals the other's.
	 */
	void sameFigures(CountTable rowsOf, ControlledTable controlledRowsOf, String rowsLabel, int row,
			CountTable totalsOf, ControlledTable controlledTotalsOf, String totalsLabel) {
		int totalsRow = totalsOf.rows().size();
		for (int column = 0; column <= rowsOf.columns().size(); column++) {
			Map<String, Long> equation = new LinkedHashMap<>();
			term(equation, rowsOf, controlledRowsOf, rowsLabel, row, column, 1);
			term(equation, totalsOf, controlledTotalsOf, totalsLabel, totalsRow, column, -1);
			this.equations.add(equation);
		}
	}

	/** The suppressed figures the equations fix. */
	List<String> determined() {
		List<String> fixed = new ArrayList<>();
		int base = rank(List.of());
		for (String unknown : this.unknowns.keySet()) {
			if (rank(List.of(unknown)) == base) {
				fixed.add(unknown);
			}
		}
		return fixed;
	}

	private void term(Map<String, Long> equation, CountTable table, ControlledTable controlled, String label, int row,
			int column, long coefficient) {
		if (DisclosureControlProperties.Grid.cell(controlled, new int[] { row, column }).shown()) {
			return;
		}
		String name = name(table, label, row, column);
		this.unknowns.putIfAbsent(name, this.unknowns.size());
		equation.merge(name, coefficient, Long::sum);
	}

	private static String name(CountTable table, String label, int row, int column) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		if (column == columns) {
			return "row total " + table.rowsBy() + table.rows() + " " + row;
		}
		return label + " " + row + "," + column;
	}

	private int rank(List<String> units) {
		int width = this.unknowns.size();
		List<BigInteger[]> matrix = new ArrayList<>();
		for (Map<String, Long> equation : this.equations) {
			BigInteger[] line = zeros(width);
			equation.forEach((name, coefficient) -> line[this.unknowns.get(name)] = BigInteger.valueOf(coefficient));
			matrix.add(line);
		}
		for (String unit : units) {
			BigInteger[] line = zeros(width);
			line[this.unknowns.get(unit)] = BigInteger.ONE;
			matrix.add(line);
		}
		int rank = 0;
		for (int column = 0; column < width && rank < matrix.size(); column++) {
			int pivot = -1;
			for (int row = rank; row < matrix.size(); row++) {
				if (matrix.get(row)[column].signum() != 0) {
					pivot = row;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			BigInteger[] swap = matrix.get(rank);
			matrix.set(rank, matrix.get(pivot));
			matrix.set(pivot, swap);
			BigInteger[] pivotLine = matrix.get(rank);
			for (int row = rank + 1; row < matrix.size(); row++) {
				BigInteger[] line = matrix.get(row);
				if (line[column].signum() == 0) {
					continue;
				}
				BigInteger factor = line[column];
				BigInteger gcd = BigInteger.ZERO;
				for (int at = 0; at < width; at++) {
					line[at] = line[at].multiply(pivotLine[column]).subtract(pivotLine[at].multiply(factor));
					gcd = gcd.gcd(line[at]);
				}
				if (gcd.compareTo(BigInteger.ONE) > 0) {
					for (int at = 0; at < width; at++) {
						line[at] = line[at].divide(gcd);
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static BigInteger[] zeros(int width) {
		BigInteger[] line = new BigInteger[width];
		Arrays.fill(line, BigInteger.ZERO);
		return line;
	}

}
