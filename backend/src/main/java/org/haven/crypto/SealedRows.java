package org.haven.crypto;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Implemented by each module that keeps rows sealed by {@link AuthorizationSeal}, so that
 * auditors can check every such row at once, rather than only those someone happens to
 * use, and administrators see how many seals each key version made.
 */
public interface SealedRows {

	/**
	 * Checks every row of this module's kinds; each row that fails is reported as an
	 * integrity finding. One result per kind.
	 */
	List<Check> checkAll();

	/** How many of this module's seals each key version made. */
	Map<Long, Long> sealsPerKeyVersion();

	/**
	 * How many seals each key version made in the {@code seal} column of these tables.
	 */
	static Map<Long, Long> countSeals(JdbcTemplate jdbc, String... tables) {
		String seals = Arrays.stream(tables)
			.map(table -> "select seal from " + table)
			.collect(Collectors.joining(" union all "));
		Map<Long, Long> counts = new HashMap<>();
		jdbc.query("select substring(seal from 1 for 5), count(*) from (" + seals + ") seals group by 1", row -> {
			counts.merge(AuthorizationSeal.keyVersionOf(row.getBytes(1)), row.getLong(2), Long::sum);
		});
		return counts;
	}

	/**
	 * What a check of one kind of row found.
	 *
	 * @param kind the kind of row, as in the integrity findings, such as
	 * {@code "case-assignment"}
	 * @param checked how many rows were checked
	 * @param failed how many of them failed their seal
	 */
	record Check(String kind, long checked, long failed) {

	}

	/** Counts the rows of one kind as they are checked. */
	final class Tally {

		private final String kind;

		private long checked;

		private long failed;

		public Tally(String kind) {
			this.kind = kind;
		}

		public void count(boolean sealed) {
			this.checked++;
			if (!sealed) {
				this.failed++;
			}
		}

		public Check check() {
			return new Check(this.kind, this.checked, this.failed);
		}

	}

}
