package org.haven.reporting;

import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disclosure control on tables a reader could otherwise work out. */
class DisclosureControlTests {

	final DisclosureControl control = new DisclosureControl(5, 11);

	@Test
	void one_small_count_that_its_row_total_would_give_away_is_protected_by_suppressing_others() {
		// 2 girls aged 9-17 in forced marriage: alone in its row and its column, the
		// totals give it away
		CountTable table = new CountTable("sex", List.of("female", "male"), "age band", List.of("0-8", "9-17", "18+"),
				new long[][] { { 12, 2, 30 }, { 9, 14, 25 } });
		ControlledTable primaryOnly = new ControlledTable(table, primaryOnly(table, 5), 5);
		Equations before = new Equations();
		before.add(table, primaryOnly, "table");
		assertThat(before.determined()).as("with primary suppression only").isNotEmpty();

		ControlledTable controlled = this.control.forScreen(List.of(table)).getFirst();

		assertThat(controlled.cell(0, 1).shown()).isFalse();
		Equations after = new Equations();
		after.add(table, controlled, "table");
		assertThat(after.determined()).isEmpty();
		assertThat(controlled.shareOfRow(0, 1)).isEmpty();
	}

	@Test
	void a_table_with_nothing_small_is_shown_whole_and_its_shares_are_given() {
		CountTable table = new CountTable("sex", List.of("female", "male"), "age band", List.of("9-17", "18+"),
				new long[][] { { 12, 30 }, { 9, 25 } });

		ControlledTable controlled = this.control.forScreen(List.of(table)).getFirst();

		assertThat(controlled.total()).isEqualTo(new Cell.Shown(76));
		assertThat(controlled.shareOfRow(0, 0)).hasValue(12.0 / 42);
	}

	@Test
	void two_tables_that_share_the_totals_by_sex_suppress_them_alike() {
		CountTable byAge = new CountTable("sex", List.of("female", "male"), "age band", List.of("9-17", "18+"),
				new long[][] { { 1, 2 }, { 20, 30 } });
		CountTable byForm = new CountTable("sex", List.of("female", "male"), "form", List.of("labour", "sexual"),
				new long[][] { { 0, 3 }, { 25, 25 } });

		List<ControlledTable> controlled = this.control.forScreen(List.of(byAge, byForm));

		for (int row = 0; row <= 2; row++) {
			assertThat(controlled.get(0).rowTotal(row).shown()).isEqualTo(controlled.get(1).rowTotal(row).shown());
		}
		Equations together = new Equations();
		together.add(byAge, controlled.get(0), "age");
		together.add(byForm, controlled.get(1), "form");
		assertThat(together.determined()).isEmpty();
	}

	@Test
	void the_change_in_one_domain_by_sex_is_suppressed_alike_in_its_totals_and_in_the_row_of_the_domain() {
		List<String> changes = List.of("improved", "unchanged", "worsened");
		CountTable domains = new CountTable("domain", List.of("safety", "housing"), "change", changes,
				new long[][] { { 7, 3, 6 }, { 8, 8, 8 } });
		CountTable safetyBySex = new CountTable("sex", List.of("female", "male"), "change", changes,
				new long[][] { { 4, 2, 3 }, { 3, 1, 3 } }, new CountTable.Of("domain", "safety"));
		CountTable housingBySex = new CountTable("sex", List.of("female", "male"), "change", changes,
				new long[][] { { 4, 4, 4 }, { 4, 4, 4 } }, new CountTable.Of("domain", "housing"));

		List<ControlledTable> controlled = this.control.forScreen(List.of(domains, safetyBySex, housingBySex));

		for (int column = 0; column < changes.size(); column++) {
			assertThat(controlled.get(1).columnTotal(column).shown())
				.isEqualTo(controlled.get(0).cell(0, column).shown());
			assertThat(controlled.get(2).columnTotal(column).shown())
				.isEqualTo(controlled.get(0).cell(1, column).shown());
		}
		assertThat(controlled.get(1).total().shown()).isEqualTo(controlled.get(0).rowTotal(0).shown());
		assertThat(controlled.get(0).cell(0, 1).shown()).isFalse();
		Equations together = new Equations();
		together.add(domains, controlled.get(0), "domains");
		together.add(safetyBySex, controlled.get(1), "safety");
		together.add(housingBySex, controlled.get(2), "housing");
		together.sameFigures(domains, controlled.get(0), "domains", 0, safetyBySex, controlled.get(1), "safety");
		together.sameFigures(domains, controlled.get(0), "domains", 1, housingBySex, controlled.get(2), "housing");
		assertThat(together.determined()).isEmpty();
	}

	@Test
	void an_export_uses_the_larger_k() {
		CountTable table = new CountTable("sex", List.of("female", "male"), "age band", List.of("9-17", "18+"),
				new long[][] { { 8, 30 }, { 9, 25 } });

		assertThat(this.control.forScreen(List.of(table)).getFirst().cell(0, 0)).isEqualTo(new Cell.Shown(8));
		assertThat(this.control.forExport(List.of(table)).getFirst().cell(0, 0).shown()).isFalse();
	}

	@Test
	void a_k_below_the_floor_is_refused_on_its_field_and_no_configuration_may_set_one() {
		CountTable table = new CountTable("sex", List.of("female"), "age band", List.of("18+"), new long[][] { { 8 } });

		assertThatThrownBy(() -> this.control.controlled(List.of(table), 2)).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("k"));
		assertThatThrownBy(() -> new DisclosureControl(2, 11)).isInstanceOf(IllegalStateException.class);
	}

	private static Cell[][] primaryOnly(CountTable table, int k) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		Cell[][] cells = new Cell[rows + 1][columns + 1];
		for (int row = 0; row <= rows; row++) {
			for (int column = 0; column <= columns; column++) {
				long value = DisclosureControlProperties.Grid.value(table, row, column);
				cells[row][column] = value > 0 && value < k ? new Cell.Suppressed(k) : new Cell.Shown(value);
			}
		}
		return cells;
	}

}
