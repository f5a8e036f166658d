package org.haven.reporting;

/**
 * A figure of a report after disclosure control: a count that may be shown, or one that
 * is suppressed. A count below k and a count suppressed only so that a small one cannot
 * be worked out read the same: telling them apart would narrow both down. A suppressed
 * cell carries no number at all, so nothing can derive a percentage or a chart bar from
 * it.
 */
public sealed interface Cell {

	record Shown(long count) implements Cell {
	}

	record Suppressed(int k) implements Cell {
	}

	default boolean shown() {
		return this instanceof Shown;
	}

}
