package org.haven.reporting;

import java.util.ArrayList;
import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where counts become figures that may be shown: every table of a report
 * passes through it together, so that tables sharing a margin (sex by age band and sex by
 * form of exploitation share the totals by sex) suppress that margin alike. A count from
 * 1 to k - 1 is suppressed, and as many others as it takes for none to be worked out by
 * subtraction from what is shown ({@link Suppression}). Screens inside the organisation
 * use k = 5, anything that leaves it k = 11, unless configured; never below 3.
 */
@Component
public class DisclosureControl {

	/** No configuration and no request may go below this. */
	public static final int FLOOR = 3;

	private final int screenK;

	private final int exportK;

	DisclosureControl(@Value("${haven.reporting.k.screen:5}") int screenK,
			@Value("${haven.reporting.k.export:11}") int exportK) {
		if (screenK < FLOOR || exportK < FLOOR) {
			throw new IllegalStateException("haven.reporting.k.screen and haven.reporting.k.export must be at least "
					+ FLOOR + "; they are " + screenK + " and " + exportK);
		}
		this.screenK = screenK;
		this.exportK = Math.max(exportK, screenK);
	}

	/** The tables of one report, as a screen inside the organisation may show them. */
	public List<ControlledTable> forScreen(List<CountTable> tables) {
		return controlled(tables, this.screenK);
	}

	/** The tables of one report, as they may leave the organisation. */
	public List<ControlledTable> forExport(List<CountTable> tables) {
		return controlled(tables, this.exportK);
	}

	public int screenK() {
		return this.screenK;
	}

	public int exportK() {
		return this.exportK;
	}

	/**
	 * The tables of one report under a k of the caller's choosing, at least the screen's;
	 * a k below that is refused on its field.
	 */
	public List<ControlledTable> controlled(List<CountTable> tables, int k) {
		if (k < Math.max(FLOOR, this.screenK)) {
			throw new InvalidInputException(Problem.of("k", "report.k.floor", Math.max(FLOOR, this.screenK)));
		}
		return protect(tables, k);
	}

	/**
	 * Suppression of every table, then of the margins they share, until all are stable.
	 */
	static List<ControlledTable> protect(List<CountTable> tables, int k) {
		List<Suppression> suppressions = new ArrayList<>();
		for (CountTable table : tables) {
			suppressions.add(new Suppression(table, k));
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Suppression suppression : suppressions) {
				changed |= suppression.complete();
			}
			changed |= alignSharedMargins(tables, suppressions);
			changed |= alignRowsWithColumnTotals(tables, suppressions);
		}
		List<ControlledTable> controlled = new ArrayList<>();
		for (int index = 0; index < tables.size(); index++) {
			controlled.add(new ControlledTable(tables.get(index), suppressions.get(index).cells(), k));
		}
		return controlled;
	}

	/**
	 * A total suppressed in one table is suppressed in every table with the same margin
	 * (same characteristic, same values, as rows or as columns), the grand total with it,
	 * since its value is the same there.
	 */
	private static boolean alignSharedMargins(List<CountTable> tables, List<Suppression> suppressions) {
		boolean changed = false;
		for (int one = 0; one < tables.size(); one++) {
			for (int other = 0; other < tables.size(); other++) {
				if (one == other) {
					continue;
				}
				for (boolean fromRows : new boolean[] { true, false }) {
					for (boolean toRows : new boolean[] { true, false }) {
						if (tables.get(one).margin(fromRows).equals(tables.get(other).margin(toRows))) {
							changed |= align(suppressions.get(one).marginTotals(fromRows), suppressions.get(one),
									suppressions.get(other).marginTotals(toRows), suppressions.get(other));
						}
					}
				}
			}
		}
		return changed;
	}

	/**
	 * A row of one table that another table's column totals repeat (domain by change, and
	 * sex by the change in that domain) is suppressed alike in both, its total with the
	 * other's grand total.
	 */
	private static boolean alignRowsWithColumnTotals(List<CountTable> tables, List<Suppression> suppressions) {
		boolean changed = false;
		for (int one = 0; one < tables.size(); one++) {
			for (int other = 0; other < tables.size(); other++) {
				for (int row = 0; row < tables.get(other).rows().size(); row++) {
					if (tables.get(one).columnTotalsAreRowOf(tables.get(other), row)) {
						List<int[]> totals = suppressions.get(one).marginTotals(false);
						List<int[]> line = suppressions.get(other).row(row);
						changed |= align(totals, suppressions.get(one), line, suppressions.get(other));
						changed |= align(line, suppressions.get(other), totals, suppressions.get(one));
					}
				}
			}
		}
		return changed;
	}

	private static boolean align(List<int[]> fromTotals, Suppression from, List<int[]> toTotals, Suppression to) {
		boolean changed = false;
		for (int index = 0; index < fromTotals.size(); index++) {
			if (from.isSuppressed(fromTotals.get(index))) {
				changed |= to.suppress(toTotals.get(index));
			}
		}
		return changed;
	}

}
