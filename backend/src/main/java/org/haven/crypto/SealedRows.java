package org.haven.crypto;

import java.util.List;
import java.util.Map;

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
