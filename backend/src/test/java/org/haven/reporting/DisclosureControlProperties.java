package org.haven.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure control on random tables: what is shown is true and never below k, and no
 * suppressed count can be worked out from what is shown, by subtraction from any margin
 * or any combination of margins, in one table or across tables that share a margin.
 */
class DisclosureControlProperties {

	@Property(tries = 300)
	void no_shown_figure_lies_between_one_and_k_minus_one_and_every_shown_figure_is_true(
			@ForAll("tables") Example example) {
		ControlledTable controlled = DisclosureControl.protect(List.of(example.table()), example.k()).getFirst();

		Grid.of(example.table()).forEach((entry, value) -> {
			Cell cell = Grid.cell(controlled, entry);
			if (cell instanceof Cell.Shown shown) {
				assertThat(shown.count()).isEqualTo(value);
				assertThat(value == 0 || value >= example.k()).as("shown %s of %s", value, entry).isTrue();
			}
			else {
				assertThat(value).as("suppressed").isGreaterThanOrEqualTo(0);
			}
		});
	}

	@Property(tries = 300)
	void no_suppressed_figure_can_be_worked_out_from_the_shown_ones(@ForAll("tables") Example example) {
		ControlledTable controlled = DisclosureControl.protect(List.of(example.table()), example.k()).getFirst();

		Equations equations = new Equations();
		equations.add(example.table(), controlled, "only");

		assertThat(equations.determined()).as("suppressed figures that the shown ones give away").isEmpty();
	}

	@Property(tries = 300)
	void where_a_total_is_shown_the_suppressed_counts_of_its_line_add_up_to_k_or_more(
			@ForAll("tables") Example example) {
		ControlledTable controlled = DisclosureControl.protect(List.of(example.table()), example.k()).getFirst();
		CountTable table = example.table();
		int rows = table.rows().size();
		int columns = table.columns().size();

		for (int row = 0; row <= rows; row++) {
			long sum = 0;
			for (int column = 0; column < columns; column++) {
				sum += suppressedValue(table, controlled, row, column);
			}
			if (Grid.cell(controlled, new int[] { row, columns }).shown()) {
				assertThat(sum == 0 || sum >= example.k()).as("row %s hides %s in all", row, sum).isTrue();
			}
		}
		for (int column = 0; column <= columns; column++) {
			long sum = 0;
			for (int row = 0; row < rows; row++) {
				sum += suppressedValue(table, controlled, row, column);
			}
			if (Grid.cell(controlled, new int[] { rows, column }).shown()) {
				assertThat(sum == 0 || sum >= example.k()).as("column %s hides %s in all", column, sum).isTrue();
			}
		}
	}

	@Property(tries = 200)
	void tables_that_share_a_margin_show_its_totals_alike_and_give_nothing_away_together(
			@ForAll("tables") Example first, @ForAll("columns") long[][] second) {
		CountTable bySex = first.table();
		long[][] counts = new long[bySex.rows().size()][];
		for (int row = 0; row < counts.length; row++) {
			counts[row] = second[row % second.length];
		}
		CountTable other = new CountTable(bySex.rowsBy(), bySex.rows(), "other", columnNames(counts[0].length), counts);
		// the same row totals: the second table's rows are made to add up like the
		// first's
		CountTable shared = sameRowTotals(bySex, other);

		List<ControlledTable> controlled = DisclosureControl.protect(List.of(bySex, shared), first.k());

		for (int row = 0; row <= bySex.rows().size(); row++) {
			assertThat(controlled.get(0).rowTotal(row).shown()).isEqualTo(controlled.get(1).rowTotal(row).shown());
		}
		Equations equations = new Equations();
		equations.add(bySex, controlled.get(0), "first");
		equations.add(shared, controlled.get(1), "second");
		assertThat(equations.determined()).as("figures the two tables give away together").isEmpty();
	}

	@Provide
	Arbitrary<Example> tables() {
		Arbitrary<Integer> k = Arbitraries.of(3, 5, 11);
		return k.flatMap(
				chosen -> Combinators
					.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
					.flatAs((rows, columns) -> counts(chosen).array(long[].class)
						.ofSize(columns)
						.array(long[][].class)
						.ofSize(rows)
						.map(values -> new Example(
								new CountTable("sex", rowNames(rows), "age band", columnNames(columns), values),
								chosen))));
	}

	@Provide
	Arbitrary<long[][]> columns() {
		return counts(5).array(long[].class).ofSize(3).array(long[][].class).ofSize(2);
	}

	private static Arbitrary<Long> counts(int k) {
		return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0L)),
				Tuple.of(3, Arbitraries.longs().between(1, k - 1)), Tuple.of(5, Arbitraries.longs().between(k, 60)));
	}

	/**
	 * The second table scaled so that each of its rows adds up to the first's row total:
	 * the remainder goes to its first column.
	 */
	private static CountTable sameRowTotals(CountTable first, CountTable second) {
		long[][] counts = new long[first.rows().size()][second.columns().size()];
		for (int row = 0; row < counts.length; row++) {
			long target = first.rowTotal(row);
			long left = target;
			for (int column = 1; column < counts[row].length; column++) {
				long value = Math.min(left, second.count(row, column));
				counts[row][column] = value;
				left -= value;
			}
			counts[row][0] = left;
		}
		return new CountTable(second.rowsBy(), second.rows(), second.columnsBy(), second.columns(), counts);
	}

	private static long suppressedValue(CountTable table, ControlledTable controlled, int row, int column) {
		return Grid.cell(controlled, new int[] { row, column }).shown() ? 0 : Grid.value(table, row, column);
	}

	private static List<String> rowNames(int count) {
		List<String> names = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			names.add("r" + index);
		}
		return names;
	}

	private static List<String> columnNames(int count) {
		List<String> names = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			names.add("c" + index);
		}
		return names;
	}

	record Example(CountTable table, int k) {
	}

	/** The grid of a table with its totals, entry by entry. */
	static final class Grid {

		static Map<int[], Long> of(CountTable table) {
			Map<int[], Long> entries = new LinkedHashMap<>();
			for (int row = 0; row <= table.rows().size(); row++) {
				for (int column = 0; column <= table.columns().size(); column++) {
					entries.put(new int[] { row, column }, value(table, row, column));
				}
			}
			return entries;
		}

		static long value(CountTable table, int row, int column) {
			int rows = table.rows().size();
			int columns = table.columns().size();
			if (row == rows && column == columns) {
				return table.total();
			}
			if (row == rows) {
				return table.columnTotal(column);
			}
			if (column == columns) {
				return table.rowTotal(row);
			}
			return table.count(row, column);
		}

		static Cell cell(ControlledTable controlled, int[] entry) {
			int rows = controlled.rows().size();
			int columns = controlled.columns().size();
			if (entry[0] == rows && entry[1] == columns) {
				return controlled.total();
			}
			if (entry[0] == rows) {
				return controlled.columnTotal(entry[1]);
			}
			if (entry[1] == columns) {
				return controlled.rowTotal(entry[0]);
			}
			return controlled.cell(entry[0], entry[1]);
		}

	}

}
